package dev.pindex.domain.fake;

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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class FakePriceRepository implements PriceRepository {

  private final FakeTransactions transactions;
  private final FakeAssetRepository assets;
  private final Map<Long, DatedRows<Price>> byAssetId = new HashMap<>();

  public FakePriceRepository(FakeTransactions transactions, FakeAssetRepository assets) {
    this.transactions = transactions;
    this.assets = assets;
  }

  @Override
  public Page<Price> findRange(
      Symbol symbol, DateRange range, Optional<LocalDate> after, PageLimit limit) {
    transactions.read("prices.findRange");
    return assets
        .stored(symbol)
        .map(asset -> pricesOf(asset.id()).findRange(range, after, limit))
        .orElseGet(Page::empty);
  }

  @Override
  public UpsertCounts upsert(Iterator<BulkRow<PriceRow>> rows) {
    transactions.write("prices.upsert");
    return BulkLoads.allOrNothing(
        rows,
        row ->
            assets.stored(row.symbol()).isPresent()
                ? Optional.empty()
                : Optional.of("unknown symbol " + row.symbol()),
        row -> pricesOf(assets.stored(row.symbol()).orElseThrow().id()).put(row.price()));
  }

  /** Test inspection, outside any unit of work. */
  public List<Price> stored(Symbol symbol) {
    return assets.stored(symbol).map(Asset::id).map(this::pricesOf).orElseThrow().all();
  }

  private DatedRows<Price> pricesOf(long assetId) {
    return byAssetId.computeIfAbsent(assetId, id -> new DatedRows<>(Price::date));
  }
}
