package dev.pindex.domain.port.in;

import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.RiskMetrics;
import dev.pindex.domain.model.UpsertCounts;

public interface RiskMetricsUseCase {

  Page<RiskMetrics> list(ListDatedQuery query);

  /** {@code NotFound} when no metrics are stored. */
  RiskMetrics latest();

  /**
   * {@code Forbidden} for non-admins; {@code ValidationFailed} listing bad rows, storing nothing.
   */
  UpsertCounts upsert(UpsertCommand<RiskMetrics> command);
}
