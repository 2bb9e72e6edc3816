package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @Test
  void the_address_is_kept_as_given_but_trimmed() {
    assertThat(new Email("  Ada.Lovelace@Example.org ").value())
        .isEqualTo("Ada.Lovelace@Example.org");
  }

  @Test
  void addresses_differing_only_in_letter_case_normalize_alike() {
    assertThat(new Email("Ada@Example.ORG").normalized())
        .isEqualTo(new Email("ada@example.org").normalized())
        .isEqualTo("ada@example.org");
  }

  @Test
  void non_ascii_letters_normalize_letter_by_letter_as_sql_lower_does() {
    assertThat(new Email("\u03a3\u0391\u03a3.\u0130@example.org").normalized())
        .isEqualTo(new Email("\u03c3\u03b1\u03c3.i@example.org").normalized())
        .isEqualTo("\u03c3\u03b1\u03c3.i@example.org");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ada",
        "ada@example",
        "@example.org",
        "ada@@example.org",
        "ada@exa mple.org",
        "ada@example..org",
        "ada\u0000@example.org",
        "ada@example.org\u0007x"
      })
  void what_is_not_an_email_address_is_refused(String value) {
    assertRefused("email", () -> new Email(value));
  }

  @Test
  void the_local_part_holds_at_most_64_characters() {
    assertThat(new Email("a".repeat(64) + "@example.org").value()).startsWith("a");
    assertRefused("email", () -> new Email("a".repeat(65) + "@example.org"));
  }

  @Test
  void the_whole_address_holds_at_most_254_characters() {
    String domainOf242 = "d".repeat(238) + ".org";
    assertThat(new Email("a".repeat(11) + "@" + domainOf242).value()).hasSize(254);
    assertRefused("email", () -> new Email("a".repeat(12) + "@" + domainOf242));
  }
}
