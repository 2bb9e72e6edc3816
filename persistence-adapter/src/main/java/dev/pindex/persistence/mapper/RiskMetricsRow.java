package dev.pindex.persistence.mapper;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code risk_metrics}. */
public record RiskMetricsRow(
    LocalDate date,
    BigDecimal sharpeRatio,
    BigDecimal sortinoRatio,
    BigDecimal volatility,
    BigDecimal maxDrawdown,
    BigDecimal var95) {}
