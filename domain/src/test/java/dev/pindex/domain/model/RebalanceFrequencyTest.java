package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RebalanceFrequencyTest {

  @ParameterizedTest
  @EnumSource(RebalanceFrequency.class)
  void each_frequency_is_found_by_its_lower_case_id(RebalanceFrequency frequency) {
    assertThat(RebalanceFrequency.fromId(frequency.id())).isEqualTo(frequency);
  }

  @Test
  void ids_are_the_words_the_api_uses() {
    assertThat(RebalanceFrequency.QUARTERLY.id()).isEqualTo("quarterly");
  }

  @ParameterizedTest
  @ValueSource(strings = {"yearly", "Daily", "MONTHLY", ""})
  void any_other_id_is_refused(String id) {
    assertRefused("rebalance_frequency", () -> RebalanceFrequency.fromId(id));
  }

  @Test
  void a_missing_id_is_refused() {
    assertRefused("rebalance_frequency", () -> RebalanceFrequency.fromId(null));
  }
}
