package dev.pindex.domain.service;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DemoDataSummary;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.port.in.LoadDemoDataUseCase;
import dev.pindex.domain.port.out.AllocationRepository;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.IndexValueRepository;
import dev.pindex.domain.port.out.PriceRepository;
import dev.pindex.domain.port.out.RiskMetricsRepository;
import dev.pindex.domain.port.out.Transactions;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Loads {@link DemoUniverse} through the same repositories and bulk paths the API uses, in one
 * transaction: either the whole universe is there afterwards or none of it.
 */
public final class DemoDataService implements LoadDemoDataUseCase {

  private final Transactions transactions;
  private final AssetRepository assets;
  private final PriceRepository prices;
  private final AllocationRepository allocations;
  private final IndexValueRepository indexValues;
  private final RiskMetricsRepository riskMetrics;

  public DemoDataService(
      Transactions transactions,
      AssetRepository assets,
      PriceRepository prices,
      AllocationRepository allocations,
      IndexValueRepository indexValues,
      RiskMetricsRepository riskMetrics) {
    this.transactions = transactions;
    this.assets = assets;
    this.prices = prices;
    this.allocations = allocations;
    this.indexValues = indexValues;
    this.riskMetrics = riskMetrics;
  }

  @Override
  public Optional<DemoDataSummary> loadIfEmpty() {
    DemoUniverse universe = new DemoUniverse();
    return transactions.inTransaction(
        () -> {
          if (!assets
              .list(Optional.empty(), Optional.empty(), new PageLimit(1))
              .items()
              .isEmpty()) {
            return Optional.empty();
          }
          universe.assets.forEach(assets::create);
          AtomicLong priceRows = new AtomicLong();
          for (Symbol symbol : universe.assets.keySet()) {
            priceRows.addAndGet(prices.upsert(numbered(universe.pricesOf(symbol))).received());
          }
          universe.allocations.forEach(allocations::replace);
          long index = indexValues.upsert(numbered(universe.index)).received();
          long risk = riskMetrics.upsert(numbered(universe.risk)).received();
          return Optional.of(
              new DemoDataSummary(
                  universe.assets.size(),
                  priceRows.get(),
                  universe.allocations.size(),
                  index,
                  risk));
        });
  }

  private static <T> Iterator<BulkRow<T>> numbered(List<T> rows) {
    return IntStream.range(0, rows.size())
        .mapToObj(i -> BulkRow.valid(i + 1, rows.get(i)))
        .iterator();
  }
}
