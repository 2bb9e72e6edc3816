package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static dev.pindex.domain.testdata.RiskMetricsBuilder.riskMetrics;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RiskMetricsTest {

  @Test
  void zero_volatility_and_a_negative_var_are_accepted() {
    RiskMetrics calm = riskMetrics().withVolatility("0").withVar95("-0.05").build();
    assertThat(calm.volatility()).isZero();
  }

  @Test
  void a_negative_volatility_is_refused() {
    assertRefused("volatility", () -> riskMetrics().withVolatility("-0.0000000001").build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "-0.35"})
  void a_max_drawdown_from_minus_1_to_0_is_accepted(String drawdown) {
    assertThat(riskMetrics().withMaxDrawdown(drawdown).build().maxDrawdown())
        .isEqualByComparingTo(drawdown);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0000000001", "-1.0000000001"})
  void a_max_drawdown_outside_minus_1_to_0_is_refused(String drawdown) {
    assertRefused("max_drawdown", () -> riskMetrics().withMaxDrawdown(drawdown).build());
  }

  @Test
  void each_figure_fits_numeric_20_10_or_is_refused_by_its_own_name() {
    assertThat(riskMetrics().withSharpeRatio("9999999999.9999999999").build().sharpeRatio())
        .isEqualByComparingTo("9999999999.9999999999");
    assertRefused("sharpe_ratio", () -> riskMetrics().withSharpeRatio("10000000000").build());
    assertRefused("var_95", () -> riskMetrics().withVar95("-0.00000000001").build());
  }
}
