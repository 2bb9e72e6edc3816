package dev.pindex.domain.fake;

/** Every port faked in memory, sharing one {@link FakeTransactions} that records the units. */
public final class Fakes {

  public final FakeTransactions transactions = new FakeTransactions();
  public final FakePasswordHasher hasher = new FakePasswordHasher(transactions);
  public final FakeUserRepository users = new FakeUserRepository(transactions);
  public final FakeAssetRepository assets = new FakeAssetRepository(transactions);
  public final FakePriceRepository prices = new FakePriceRepository(transactions, assets);
  public final FakeIndexValueRepository indexValues = new FakeIndexValueRepository(transactions);
  public final FakeRiskMetricsRepository riskMetrics = new FakeRiskMetricsRepository(transactions);
  public final FakeAllocationRepository allocations =
      new FakeAllocationRepository(transactions, assets);
  public final FakeStrategyRepository strategies = new FakeStrategyRepository(transactions);
}
