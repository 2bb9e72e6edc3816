package dev.pindex.domain.service;

import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.RiskMetrics;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.in.ListDatedQuery;
import dev.pindex.domain.port.in.RiskMetricsUseCase;
import dev.pindex.domain.port.in.UpsertCommand;
import dev.pindex.domain.port.out.RiskMetricsRepository;
import dev.pindex.domain.port.out.Transactions;
import java.util.Objects;

public final class RiskMetricsService implements RiskMetricsUseCase {

  private final Transactions transactions;
  private final RiskMetricsRepository riskMetrics;

  public RiskMetricsService(Transactions transactions, RiskMetricsRepository riskMetrics) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.riskMetrics = Objects.requireNonNull(riskMetrics, "riskMetrics");
  }

  @Override
  public Page<RiskMetrics> list(ListDatedQuery query) {
    return transactions.readOnly(
        () -> riskMetrics.findRange(query.range(), query.after(), query.limit()));
  }

  @Override
  public RiskMetrics latest() {
    return transactions
        .readOnly(riskMetrics::findLatest)
        .orElseThrow(() -> new NotFound("No risk metrics are stored."));
  }

  /**
   * Not retried: the rows come from a request body that is consumed once, so the unit could not be
   * repeated with the same input. The load is all or nothing instead.
   */
  @Override
  public UpsertCounts upsert(UpsertCommand<RiskMetrics> command) {
    command.caller().requireAdmin();
    return transactions.inTransaction(() -> riskMetrics.upsert(command.rows()));
  }
}
