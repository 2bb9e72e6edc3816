package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeightTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "1", "1.0000000000", "0.5", "0.0000000001", "0.9999999999"})
  void fractions_from_0_to_1_with_up_to_10_decimal_places_are_accepted(String value) {
    assertThat(Weight.of(value).value()).isEqualByComparingTo(new BigDecimal(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.0000000001", "1.0000000001", "2", "-1"})
  void values_outside_0_to_1_are_refused(String value) {
    assertRefused("weight", () -> Weight.of(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.00000000001", "0.12345678901"})
  void more_than_10_decimal_places_are_refused_rather_than_rounded(String value) {
    assertRefused("weight", () -> Weight.of(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.25000000000000", "1E0"})
  void trailing_zeros_and_exponents_count_by_value_not_by_how_they_are_written(String value) {
    assertThat(Weight.of(value).value()).isEqualByComparingTo(new BigDecimal(value));
  }

  @Test
  void a_missing_value_or_one_with_integer_digits_beyond_1_is_refused() {
    assertRefused("weight", () -> new Weight(null));
    assertRefused("weight", () -> Weight.of("1E+1"));
  }
}
