package dev.pindex.domain.model;

import java.util.Objects;

/** What a user chooses for a strategy configuration. */
public record StrategySettings(
    String name,
    FactorWeights factorWeights,
    Weight maxPositionWeight,
    RebalanceFrequency rebalanceFrequency) {

  public static final int MAX_NAME_LENGTH = 100;

  public StrategySettings {
    Objects.requireNonNull(factorWeights, "factorWeights");
    Objects.requireNonNull(maxPositionWeight, "maxPositionWeight");
    Objects.requireNonNull(rebalanceFrequency, "rebalanceFrequency");
    name = Text.required("name", name, MAX_NAME_LENGTH);
    if (maxPositionWeight.value().signum() <= 0) {
      throw ValidationFailed.of(Violation.ofField("max_position_weight", "must lie in (0, 1]"));
    }
  }
}
