package dev.pindex.domain.testdata;

import dev.pindex.domain.model.FactorWeights;
import dev.pindex.domain.model.RebalanceFrequency;
import dev.pindex.domain.model.StrategySettings;
import dev.pindex.domain.model.Weight;

/** Valid strategy settings (equal factor weights, monthly) unless a test says otherwise. */
public final class StrategySettingsBuilder {

  private String name = "Balanced";
  private String[] factorWeights = {"0.25", "0.25", "0.25", "0.25"};
  private String maxPositionWeight = "0.1";
  private RebalanceFrequency rebalanceFrequency = RebalanceFrequency.MONTHLY;

  private StrategySettingsBuilder() {}

  public static StrategySettingsBuilder aStrategy() {
    return new StrategySettingsBuilder();
  }

  public StrategySettingsBuilder named(String name) {
    this.name = name;
    return this;
  }

  public StrategySettingsBuilder withMaxPositionWeight(String weight) {
    this.maxPositionWeight = weight;
    return this;
  }

  public StrategySettingsBuilder rebalancing(RebalanceFrequency frequency) {
    this.rebalanceFrequency = frequency;
    return this;
  }

  public StrategySettings build() {
    return new StrategySettings(
        name, factorWeights(factorWeights), Weight.of(maxPositionWeight), rebalanceFrequency);
  }

  /** Momentum, value, quality and low-volatility weights, in that order. */
  public static FactorWeights factorWeights(String... weights) {
    return new FactorWeights(
        Weight.of(weights[0]), Weight.of(weights[1]), Weight.of(weights[2]), Weight.of(weights[3]));
  }
}
