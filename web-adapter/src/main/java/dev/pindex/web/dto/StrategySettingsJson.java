package dev.pindex.web.dto;

import dev.pindex.domain.model.FactorWeights;
import dev.pindex.domain.model.RebalanceFrequency;
import dev.pindex.domain.model.StrategySettings;
import dev.pindex.domain.model.Weight;
import java.math.BigDecimal;

/** The body of {@code POST} and {@code PUT /strategies}: every setting, each time. */
public record StrategySettingsJson(
    String name,
    BigDecimal momentumWeight,
    BigDecimal valueWeight,
    BigDecimal qualityWeight,
    BigDecimal lowVolatilityWeight,
    BigDecimal maxPositionWeight,
    String rebalanceFrequency) {

  public StrategySettings toDomain() {
    FieldChecks checks = new FieldChecks();
    checks.present("name", name);
    Weight momentum = checks.required("momentum_weight", momentumWeight, Weight::new);
    Weight value = checks.required("value_weight", valueWeight, Weight::new);
    Weight quality = checks.required("quality_weight", qualityWeight, Weight::new);
    Weight lowVolatility =
        checks.required("low_volatility_weight", lowVolatilityWeight, Weight::new);
    Weight maxPosition = checks.required("max_position_weight", maxPositionWeight, Weight::new);
    RebalanceFrequency frequency =
        checks.required("rebalance_frequency", rebalanceFrequency, RebalanceFrequency::fromId);
    FactorWeights factors =
        checks.across(() -> new FactorWeights(momentum, value, quality, lowVolatility));
    StrategySettings settings =
        checks.across(() -> new StrategySettings(name, factors, maxPosition, frequency));
    checks.throwIfAny("The strategy is invalid.");
    return settings;
  }
}
