package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static dev.pindex.domain.testdata.TestData.indexValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexValueTest {

  @Test
  void a_value_that_fits_numeric_20_6_is_accepted() {
    assertThat(indexValue("2026-11-28", "99999999999999.999999").value())
        .isEqualByComparingTo("99999999999999.999999");
  }

  @Test
  void a_value_with_more_than_6_decimal_places_or_14_integer_digits_is_refused() {
    assertRefused("value", () -> indexValue("2026-11-28", "1000.0000001"));
    assertRefused("value", () -> indexValue("2026-11-28", "100000000000000"));
  }
}
