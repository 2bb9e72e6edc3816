package dev.pindex.domain.port.out;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.UpsertCounts;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;

public interface PriceRepository {

  /** One asset's prices in the range, by date ascending, starting after {@code after}. */
  Page<Price> findRange(long assetId, DateRange range, Optional<LocalDate> after, PageLimit limit);

  /**
   * Inserts or updates every row on (asset, date), all or nothing: when any row is invalid (its own
   * problem, an unknown symbol, or a (symbol, date) twice) it throws {@code ValidationFailed}
   * listing the first 100 bad rows by number, and stores nothing. Consumes the rows as they come.
   */
  UpsertCounts upsert(Iterator<BulkRow<PriceRow>> rows);
}
