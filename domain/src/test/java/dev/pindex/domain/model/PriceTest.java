package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static dev.pindex.domain.testdata.TestData.price;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PriceTest {

  @ParameterizedTest
  @ValueSource(strings = {"0.000001", "99999999999999.999999", "192.5"})
  void a_positive_close_that_fits_numeric_20_6_is_accepted(String close) {
    assertThat(price("2026-11-28", close, 0).close()).isEqualByComparingTo(close);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0.01"})
  void a_close_of_zero_or_below_is_refused(String close) {
    assertRefused("close", () -> price("2026-11-28", close, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0000001", "100000000000000"})
  void a_close_with_more_than_6_decimal_places_or_14_integer_digits_is_refused(String close) {
    assertRefused("close", () -> price("2026-11-28", close, 0));
  }

  @Test
  void a_negative_volume_is_refused_and_zero_accepted() {
    assertRefused("volume", () -> price("2026-11-28", "1", -1));
    assertThat(price("2026-11-28", "1", 0).volume()).isZero();
  }
}
