package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static dev.pindex.domain.testdata.TestData.indexValue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void a_value_whose_exponent_is_too_large_to_count_its_digits_in_an_int_is_refused() {
    // 1E+2147483647 has 2^31 integer digits: one more than an int counts
    assertRefused("value", () -> Decimals.fitting("value", new BigDecimal("1E+2147483647"), 14, 6));
    assertRefused("value", () -> indexValue("2026-11-28", "1E+2147483647"));
    assertRefused(
        "value", () -> Decimals.fitting("value", new BigDecimal("-9E+2147483647"), 14, 6));
  }
}
