package dev.pindex.persistence.mapper;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * Statements over {@code prices} and the staging table {@code price_staging} that bulk loads fill
 * by COPY; the SQL is in PriceMapper.xml.
 */
public interface PriceMapper {

  /**
   * Up to {@code limit + 1} prices in [from, to] after {@code after}, by date, of the asset with
   * this symbol; none when no asset has it.
   */
  List<DailyPriceRow> findRange(
      @Param("symbol") String symbol,
      @Param("from") LocalDate from,
      @Param("to") LocalDate to,
      @Param("after") LocalDate after,
      @Param("limit") int limit);

  /** Drops the staging table an earlier load of this transaction left, if any. */
  void dropStaging();

  /** Creates the empty staging table, dropped when the transaction ends. */
  void createStaging();

  /** The first {@code limit} staged rows, by number, whose symbol no asset has. */
  List<UnknownSymbolRow> findUnknownSymbols(@Param("limit") int limit);

  /** The first {@code limit} staged rows, by number, repeating an earlier row's symbol and date. */
  List<RepeatedKeyRow> findRepeatedKeys(@Param("limit") int limit);

  /** Locks the assets the staged rows refer to against deletion; answers how many it locked. */
  long lockReferencedAssets();

  /**
   * Inserts the staged rows of new keys and rewrites the stored rows they change; fails on a key
   * another transaction inserts meanwhile, and may deadlock with another load of the same keys.
   */
  MergeCountsRow mergeStaging();

  /** Inserts or updates every staged row in {@code prices} in the key's order. */
  MergeCountsRow mergeStagingInKeyOrder();
}
