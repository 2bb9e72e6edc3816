package dev.pindex.persistence.mapper;

import java.math.BigDecimal;

/** The columns of {@code strategy_config} that a user chooses. */
public record StrategyValues(
    String name,
    BigDecimal momentumWeight,
    BigDecimal valueWeight,
    BigDecimal qualityWeight,
    BigDecimal lowVolatilityWeight,
    BigDecimal maxPositionWeight,
    String rebalanceFrequency) {}
