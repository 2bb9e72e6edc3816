package dev.pindex.memory;

import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.out.PriceRepository;
import dev.pindex.memory.BulkLoad.Keyed;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;

/** Daily prices in memory, in the caller's unit of work, keyed by (asset, date). */
public final class InMemoryPriceRepository implements PriceRepository {

  private final Tables tables;

  public InMemoryPriceRepository(InMemoryTransactions transactions) {
    this.tables = transactions.tables();
  }

  @Override
  public Page<Price> findRange(
      Symbol symbol, DateRange range, Optional<LocalDate> after, PageLimit limit) {
    return tables
        .assets
        .get(symbol)
        .map(Asset::id)
        .map(
            assetId ->
                DatedPages.page(
                    tables.prices.rows(),
                    new PriceKey(assetId, range.from()),
                    new PriceKey(assetId, range.to()),
                    after.map(date -> new PriceKey(assetId, date)),
                    limit))
        .orElseGet(Page::empty);
  }

  @Override
  public UpsertCounts upsert(Iterator<BulkRow<PriceRow>> rows) {
    return BulkLoad.upsert(rows, this::keyed, "the symbol and date", tables.prices);
  }

  private Keyed<PriceKey, Price> keyed(PriceRow row) {
    return tables
        .assets
        .get(row.symbol())
        .map(asset -> Keyed.of(new PriceKey(asset.id(), row.price().date()), row.price()))
        .orElseGet(() -> Keyed.refused("no asset has the symbol " + row.symbol()));
  }
}
