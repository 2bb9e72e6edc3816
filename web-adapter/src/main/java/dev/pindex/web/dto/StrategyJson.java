package dev.pindex.web.dto;

import dev.pindex.domain.model.Strategy;
import dev.pindex.domain.model.StrategySettings;
import java.math.BigDecimal;
import java.time.Instant;

/** A strategy as answered: its settings plus id, version and timestamps. */
public record StrategyJson(
    long id,
    String name,
    BigDecimal momentumWeight,
    BigDecimal valueWeight,
    BigDecimal qualityWeight,
    BigDecimal lowVolatilityWeight,
    BigDecimal maxPositionWeight,
    String rebalanceFrequency,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  public static StrategyJson from(Strategy strategy) {
    StrategySettings settings = strategy.settings();
    return new StrategyJson(
        strategy.id(),
        settings.name(),
        settings.factorWeights().momentum().value(),
        settings.factorWeights().value().value(),
        settings.factorWeights().quality().value(),
        settings.factorWeights().lowVolatility().value(),
        settings.maxPositionWeight().value(),
        settings.rebalanceFrequency().id(),
        strategy.version(),
        strategy.createdAt(),
        strategy.updatedAt());
  }
}
