package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static dev.pindex.domain.testdata.TestData.details;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssetDetailsTest {

  @Test
  void name_and_sector_are_trimmed_and_a_blank_sector_is_absent() {
    assertThat(details(" Apple ", "  ")).isEqualTo(details("Apple", null));
    assertThat(details("Apple", " Tech ").sector()).isEqualTo("Tech");
  }

  @Test
  void a_missing_name_is_refused() {
    assertRefused("name", () -> details(null, "Tech"));
    assertRefused("name", () -> details(" ", "Tech"));
  }

  @Test
  void lengths_count_characters_as_people_see_them() {
    String twoHundredKeys = "\uD83D\uDD11".repeat(200);
    assertThat(details(twoHundredKeys, null).name()).isEqualTo(twoHundredKeys);
    assertRefused("name", () -> details(twoHundredKeys + "x", null));
    assertRefused("sector", () -> details("Apple", "s".repeat(101)));
  }

  @Test
  void control_characters_are_refused() {
    assertRefused("name", () -> details("Ap\u0000ple", null));
    assertRefused("sector", () -> details("Apple", "Te\nch"));
  }
}
