package dev.pindex.domain.port.in;

import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.UpsertCounts;

public interface PricesUseCase {

  /** {@code NotFound} when the symbol is unknown. */
  Page<Price> list(ListPricesQuery query);

  /**
   * {@code Forbidden} for non-admins; {@code ValidationFailed} listing bad rows, storing nothing.
   */
  UpsertCounts upsert(UpsertCommand<PriceRow> command);
}
