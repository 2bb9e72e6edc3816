package dev.pindex.memory;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.RiskMetrics;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.out.RiskMetricsRepository;
import dev.pindex.memory.BulkLoad.Keyed;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** The index's daily risk figures in memory, in the caller's unit of work, one set per date. */
public final class InMemoryRiskMetricsRepository implements RiskMetricsRepository {

  private final Tables tables;

  public InMemoryRiskMetricsRepository(InMemoryTransactions transactions) {
    this.tables = transactions.tables();
  }

  @Override
  public Page<RiskMetrics> findRange(DateRange range, Optional<LocalDate> after, PageLimit limit) {
    return DatedPages.page(tables.riskMetrics.rows(), range.from(), range.to(), after, limit);
  }

  @Override
  public Optional<RiskMetrics> findLatest() {
    return Optional.ofNullable(tables.riskMetrics.rows().lastEntry()).map(Map.Entry::getValue);
  }

  @Override
  public UpsertCounts upsert(Iterator<BulkRow<RiskMetrics>> rows) {
    return BulkLoad.upsert(
        rows, metrics -> Keyed.of(metrics.date(), metrics), "the date", tables.riskMetrics);
  }
}
