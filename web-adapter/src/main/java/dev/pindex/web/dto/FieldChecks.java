package dev.pindex.web.dto;

import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Translates a body's fields into value objects while collecting every violation, so a client
 * learns all that is wrong with a body at once rather than one field per attempt. Value objects
 * name their own fields in domain terms ({@code weight}); here each violation is renamed to the
 * wire field it came from ({@code items[2].weight}).
 */
public final class FieldChecks {

  private final List<Violation> violations = new ArrayList<>();

  /** The converted value, or null after recording that the field is missing or invalid. */
  public <R, T> T required(String field, R raw, Function<R, T> convert) {
    if (raw == null) {
      violations.add(Violation.ofField(field, "is required"));
      return null;
    }
    try {
      return convert.apply(raw);
    } catch (ValidationFailed e) {
      e.violations().forEach(v -> violations.add(Violation.ofField(field, v.message())));
      return null;
    }
  }

  /** Records a missing field without converting it (its check runs later, across fields). */
  public void present(String field, Object raw) {
    if (raw == null) {
      violations.add(Violation.ofField(field, "is required"));
    }
  }

  /**
   * Builds a value whose rules span fields, once every field on its own is fine; its violations
   * keep the field names the domain gave them. Null when it, or an earlier field, failed.
   */
  public <T> T across(Supplier<T> build) {
    if (!violations.isEmpty()) {
      return null;
    }
    try {
      return build.get();
    } catch (ValidationFailed e) {
      violations.addAll(e.violations());
      return null;
    }
  }

  /** Throws every violation recorded so far, under the given summary. */
  public void throwIfAny(String summary) {
    if (!violations.isEmpty()) {
      throw new ValidationFailed(summary, violations);
    }
  }

  /** One line for a bulk row: "close must be greater than 0; volume is required". */
  public static String describe(List<Violation> violations) {
    return violations.stream()
        .map(v -> v.field() == null ? v.message() : v.field() + " " + v.message())
        .collect(Collectors.joining("; "));
  }
}
