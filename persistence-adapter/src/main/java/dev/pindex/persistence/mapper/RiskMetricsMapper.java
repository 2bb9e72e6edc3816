package dev.pindex.persistence.mapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Param;

/**
 * Statements over {@code risk_metrics} and the staging table {@code risk_metrics_staging} that bulk
 * loads fill by COPY; the SQL is in RiskMetricsMapper.xml.
 */
public interface RiskMetricsMapper {

  /** Up to {@code limit + 1} rows in [from, to] after {@code after}, by date. */
  List<RiskMetricsRow> findRange(
      @Param("from") LocalDate from,
      @Param("to") LocalDate to,
      @Param("after") LocalDate after,
      @Param("limit") int limit);

  Optional<RiskMetricsRow> findLatest();

  /** Drops the staging table an earlier load of this transaction left, if any. */
  void dropStaging();

  /** Creates the empty staging table, dropped when the transaction ends. */
  void createStaging();

  /** The first {@code limit} staged rows, by number, repeating an earlier row's date. */
  List<RepeatedKeyRow> findRepeatedKeys(@Param("limit") int limit);

  /** Inserts or updates every staged row in {@code risk_metrics}. */
  MergeCountsRow mergeStaging();
}
