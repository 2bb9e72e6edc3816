package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static dev.pindex.domain.testdata.StrategySettingsBuilder.factorWeights;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactorWeightsTest {

  @Test
  void weights_summing_to_exactly_1_are_accepted() {
    assertThat(factorWeights("0.4", "0.3", "0.2", "0.1").momentum()).isEqualTo(Weight.of("0.4"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({"0.250001, 'sum 1 + 1e-6'", "0.249999, 'sum 1 - 1e-6'"})
  void a_sum_off_by_exactly_the_tolerance_is_accepted(String momentum, String sum) {
    assertThat(factorWeights(momentum, "0.25", "0.25", "0.25").momentum())
        .isEqualTo(Weight.of(momentum));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({"0.2500010001, 'sum 1 + 1.0001e-6'", "0.2499989999, 'sum 1 - 1.0001e-6'"})
  void a_sum_off_by_just_more_than_the_tolerance_is_refused(String momentum, String sum) {
    assertRefused("momentum_weight", () -> factorWeights(momentum, "0.25", "0.25", "0.25"));
  }

  @Test
  void weights_far_from_1_are_refused() {
    assertRefused("momentum_weight", () -> factorWeights("0", "0", "0", "0"));
    assertRefused("momentum_weight", () -> factorWeights("1", "1", "0", "0"));
  }
}
