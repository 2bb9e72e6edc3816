package dev.pindex.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class BulkRowTest {

  @Test
  void a_row_has_either_a_value_or_a_problem() {
    assertThat(BulkRow.valid(1, "value").isValid()).isTrue();
    assertThat(BulkRow.invalid(2, "close must be > 0").isValid()).isFalse();
  }

  @Test
  void a_row_with_both_or_neither_cannot_exist() {
    assertThatIllegalArgumentException().isThrownBy(() -> new BulkRow<>(1, "value", "problem"));
    assertThatIllegalArgumentException().isThrownBy(() -> new BulkRow<>(1, null, null));
  }

  @Test
  void rows_are_numbered_from_1() {
    assertThatIllegalArgumentException().isThrownBy(() -> BulkRow.valid(0, "value"));
    assertThat(BulkRow.valid(1, "value").number()).isEqualTo(1);
  }
}
