package dev.pindex.web.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pindex.domain.model.RiskMetrics;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The index's risk figures on a date, as answered and as loaded in bulk. */
public record RiskMetricsJson(
    String date,
    BigDecimal sharpeRatio,
    BigDecimal sortinoRatio,
    BigDecimal volatility,
    BigDecimal maxDrawdown,
    // snake_case alone would give var95: digits do not start a word for Jackson
    @JsonProperty("var_95") BigDecimal var95) {

  public static RiskMetricsJson from(RiskMetrics metrics) {
    return new RiskMetricsJson(
        metrics.date().toString(),
        metrics.sharpeRatio(),
        metrics.sortinoRatio(),
        metrics.volatility(),
        metrics.maxDrawdown(),
        metrics.var95());
  }

  public RiskMetrics toDomain() {
    FieldChecks checks = new FieldChecks();
    LocalDate checkedDate = checks.required("date", date, WireDates::parse);
    checks.present("sharpe_ratio", sharpeRatio);
    checks.present("sortino_ratio", sortinoRatio);
    checks.present("volatility", volatility);
    checks.present("max_drawdown", maxDrawdown);
    checks.present("var_95", var95);
    RiskMetrics metrics =
        checks.across(
            () ->
                new RiskMetrics(
                    checkedDate, sharpeRatio, sortinoRatio, volatility, maxDrawdown, var95));
    checks.throwIfAny("The risk metrics are invalid.");
    return metrics;
  }
}
