package dev.pindex.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {

  @Test
  void a_violation_names_a_field_or_a_row() {
    assertThat(Violation.ofField("close", "must be > 0").field()).isEqualTo("close");
    assertThat(Violation.ofRow(3, "unknown symbol").row()).isEqualTo(3L);
  }

  @Test
  void a_violation_naming_both_or_neither_cannot_exist() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Violation("close", 1L, "x"));
    assertThatIllegalArgumentException().isThrownBy(() -> new Violation(null, null, "x"));
  }

  @Test
  void rows_are_numbered_from_one() {
    assertThatIllegalArgumentException().isThrownBy(() -> Violation.ofRow(0, "x"));
  }

  @Test
  void validation_failed_keeps_an_immutable_copy_of_its_violations() {
    var violations = new java.util.ArrayList<>(List.of(Violation.ofRow(1, "bad")));
    var failure = new ValidationFailed("invalid rows", violations);
    violations.clear();
    assertThat(failure.violations()).hasSize(1);
  }
}
