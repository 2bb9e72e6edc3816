package dev.pindex.domain.fake;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.RiskMetrics;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.out.RiskMetricsRepository;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

public final class FakeRiskMetricsRepository implements RiskMetricsRepository {

  private final FakeTransactions transactions;
  private final DatedRows<RiskMetrics> metrics = new DatedRows<>(RiskMetrics::date);

  public FakeRiskMetricsRepository(FakeTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Page<RiskMetrics> findRange(DateRange range, Optional<LocalDate> after, PageLimit limit) {
    transactions.read("riskMetrics.findRange");
    return metrics.findRange(range, after, limit);
  }

  @Override
  public Optional<RiskMetrics> findLatest() {
    transactions.read("riskMetrics.findLatest");
    return metrics.newest();
  }

  @Override
  public UpsertCounts upsert(Iterator<BulkRow<RiskMetrics>> rows) {
    transactions.write("riskMetrics.upsert");
    return BulkLoads.allOrNothing(rows, row -> Optional.empty(), metrics::put);
  }

  /** Test inspection, outside any unit of work. */
  public List<RiskMetrics> stored() {
    return metrics.all();
  }
}
