package dev.pindex.persistence.mapper;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * Statements over {@code index_values} and the staging table {@code index_value_staging} that bulk
 * loads fill by COPY; the SQL is in IndexValueMapper.xml.
 */
public interface IndexValueMapper {

  /** Up to {@code limit + 1} index values in [from, to] after {@code after}, by date. */
  List<IndexValueRow> findRange(
      @Param("from") LocalDate from,
      @Param("to") LocalDate to,
      @Param("after") LocalDate after,
      @Param("limit") int limit);

  /** Drops the staging table an earlier load of this transaction left, if any. */
  void dropStaging();

  /** Creates the empty staging table, dropped when the transaction ends. */
  void createStaging();

  /** The first {@code limit} staged rows, by number, repeating an earlier row's date. */
  List<RepeatedKeyRow> findRepeatedKeys(@Param("limit") int limit);

  /** Inserts or updates every staged row in {@code index_values}. */
  MergeCountsRow mergeStaging();
}
