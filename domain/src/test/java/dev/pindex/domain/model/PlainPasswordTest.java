package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainPasswordTest {

  /** One code point written as two UTF-16 chars. */
  private static final String EMOJI = "\uD83D\uDD11";

  @Test
  void eight_to_128_characters_are_accepted() {
    assertThat(new PlainPassword("x".repeat(8)).value()).hasSize(8);
    assertThat(new PlainPassword("x".repeat(128)).value()).hasSize(128);
  }

  @Test
  void seven_or_129_characters_are_refused() {
    assertRefused("password", () -> new PlainPassword("x".repeat(7)));
    assertRefused("password", () -> new PlainPassword("x".repeat(129)));
  }

  @Test
  void length_counts_characters_as_people_see_them_not_utf16_chars() {
    assertRefused("password", () -> new PlainPassword(EMOJI.repeat(4)));
    assertThat(new PlainPassword(EMOJI.repeat(8)).value()).hasSize(16);
    assertThat(new PlainPassword(EMOJI.repeat(128)).value()).hasSize(256);
    assertRefused("password", () -> new PlainPassword(EMOJI.repeat(129)));
  }

  @Test
  void the_password_is_never_printed() {
    assertThat(new PlainPassword("correct horse battery")).hasToString("PlainPassword[***]");
  }
}
