package dev.pindex.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class UpsertCountsTest {

  @Test
  void inserted_and_updated_rows_are_among_those_received() {
    assertThat(new UpsertCounts(3, 2, 1).received()).isEqualTo(3);
    assertThatIllegalArgumentException().isThrownBy(() -> new UpsertCounts(2, 2, 1));
  }

  @Test
  void counts_cannot_be_negative() {
    assertThatIllegalArgumentException().isThrownBy(() -> new UpsertCounts(1, -1, 1));
  }
}
