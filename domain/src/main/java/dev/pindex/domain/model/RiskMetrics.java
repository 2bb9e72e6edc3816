package dev.pindex.domain.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Risk figures of the index on a date: {@code volatility} is annualised and >= 0; {@code
 * maxDrawdown} is a fraction in [-1, 0] (-0.35 is a 35 % fall); {@code var95} is the 5th-percentile
 * daily return (negative for a loss). Each fits NUMERIC(20,10).
 */
public record RiskMetrics(
    LocalDate date,
    BigDecimal sharpeRatio,
    BigDecimal sortinoRatio,
    BigDecimal volatility,
    BigDecimal maxDrawdown,
    BigDecimal var95) {

  public RiskMetrics {
    Objects.requireNonNull(date, "date");
    sharpeRatio = Decimals.fitting("sharpe_ratio", sharpeRatio, 10, 10);
    sortinoRatio = Decimals.fitting("sortino_ratio", sortinoRatio, 10, 10);
    volatility = Decimals.fitting("volatility", volatility, 10, 10);
    maxDrawdown = Decimals.fitting("max_drawdown", maxDrawdown, 10, 10);
    var95 = Decimals.fitting("var_95", var95, 10, 10);
    if (volatility.signum() < 0) {
      throw ValidationFailed.of(Violation.ofField("volatility", "must not be negative"));
    }
    if (maxDrawdown.signum() > 0 || maxDrawdown.compareTo(BigDecimal.ONE.negate()) < 0) {
      throw ValidationFailed.of(Violation.ofField("max_drawdown", "must lie in [-1, 0]"));
    }
  }
}
