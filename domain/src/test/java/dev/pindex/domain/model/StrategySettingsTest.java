package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static dev.pindex.domain.testdata.StrategySettingsBuilder.aStrategy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrategySettingsTest {

  @Test
  void a_max_position_weight_above_0_up_to_1_is_accepted() {
    assertThat(aStrategy().withMaxPositionWeight("1").build().maxPositionWeight())
        .isEqualTo(Weight.of("1"));
    assertThat(aStrategy().withMaxPositionWeight("0.0000000001").build().maxPositionWeight())
        .isEqualTo(Weight.of("0.0000000001"));
  }

  @Test
  void a_max_position_weight_of_0_is_refused() {
    assertRefused("max_position_weight", () -> aStrategy().withMaxPositionWeight("0").build());
  }

  @Test
  void the_name_is_trimmed_required_and_at_most_100_characters() {
    assertThat(aStrategy().named("  Growth ").build().name()).isEqualTo("Growth");
    assertThat(aStrategy().named("n".repeat(100)).build().name()).hasSize(100);
    assertRefused("name", () -> aStrategy().named("   ").build());
    assertRefused("name", () -> aStrategy().named("n".repeat(101)).build());
  }
}
