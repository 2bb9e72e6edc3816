package dev.pindex.domain.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that building a value is refused, and for which field, as a client would be told. */
public final class Refusals {

  private Refusals() {}

  public static void assertRefused(String field, ThrowingCallable construction) {
    assertThatThrownBy(construction)
        .isInstanceOfSatisfying(
            ValidationFailed.class,
            refusal ->
                assertThat(refusal.violations()).extracting(Violation::field).contains(field));
  }
}
