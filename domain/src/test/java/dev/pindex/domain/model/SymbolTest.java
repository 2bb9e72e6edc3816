package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SymbolTest {

  @Test
  void input_is_trimmed_and_upper_cased() {
    assertThat(new Symbol("  brk.b ").value()).isEqualTo("BRK.B");
  }

  @Test
  void symbols_that_differ_only_in_letter_case_are_the_same() {
    assertThat(new Symbol("aapl")).isEqualTo(new Symbol("AAPL"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "^GSPC", "EURUSD=X", "BF-B", "BRK.B", "0123456789ABCDEF"})
  void letters_digits_and_the_four_punctuation_marks_are_allowed_up_to_16_characters(String value) {
    assertThat(new Symbol(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "0123456789ABCDEFG",
        "BRK B",
        "AB/C",
        "AB_C",
        "ÄBC",
        "A@",
        "A[",
        "A`",
        "١٢"
      })
  void other_characters_empty_input_and_more_than_16_characters_are_refused(String value) {
    assertRefused("symbol", () -> new Symbol(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ſpy", "ß", "ﬀ", "ıbm"})
  void non_ascii_letters_that_upper_case_into_ascii_ones_are_refused(String value) {
    assertRefused("symbol", () -> new Symbol(value));
  }
}
