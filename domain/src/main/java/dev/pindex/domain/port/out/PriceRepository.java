package dev.pindex.domain.port.out;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.model.UpsertCounts;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;

public interface PriceRepository {

  /**
   * The prices of the asset with this symbol in the range, by date ascending, starting after {@code
   * after}. The symbol is resolved in the same read, so a page costs one statement; an unknown
   * symbol reads as an empty page, which the caller tells apart from an asset without prices.
   */
  Page<Price> findRange(Symbol symbol, DateRange range, Optional<LocalDate> after, PageLimit limit);

  /**
   * Inserts or updates every row on (asset, date), all or nothing: when any row is invalid (its own
   * problem, an unknown symbol, or a (symbol, date) twice) it throws {@code ValidationFailed}
   * listing the first 100 bad rows by number, and stores nothing. Consumes the rows as they come.
   */
  UpsertCounts upsert(Iterator<BulkRow<PriceRow>> rows);
}
