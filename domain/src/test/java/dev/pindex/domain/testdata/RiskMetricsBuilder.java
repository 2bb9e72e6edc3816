package dev.pindex.domain.testdata;

import dev.pindex.domain.model.RiskMetrics;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Plausible risk metrics of one date unless a test says otherwise. */
public final class RiskMetricsBuilder {

  private LocalDate date = LocalDate.of(2026, 11, 27);
  private String sharpeRatio = "1.2";
  private String sortinoRatio = "1.6";
  private String volatility = "0.18";
  private String maxDrawdown = "-0.35";
  private String var95 = "-0.021";

  private RiskMetricsBuilder() {}

  public static RiskMetricsBuilder riskMetrics() {
    return new RiskMetricsBuilder();
  }

  public RiskMetricsBuilder on(String isoDate) {
    this.date = LocalDate.parse(isoDate);
    return this;
  }

  public RiskMetricsBuilder withSharpeRatio(String value) {
    this.sharpeRatio = value;
    return this;
  }

  public RiskMetricsBuilder withVolatility(String value) {
    this.volatility = value;
    return this;
  }

  public RiskMetricsBuilder withMaxDrawdown(String value) {
    this.maxDrawdown = value;
    return this;
  }

  public RiskMetricsBuilder withVar95(String value) {
    this.var95 = value;
    return this;
  }

  public RiskMetrics build() {
    return new RiskMetrics(
        date,
        new BigDecimal(sharpeRatio),
        new BigDecimal(sortinoRatio),
        new BigDecimal(volatility),
        new BigDecimal(maxDrawdown),
        new BigDecimal(var95));
  }
}
