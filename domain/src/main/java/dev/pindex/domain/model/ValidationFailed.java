package dev.pindex.domain.model;

import java.util.List;

/** The input is well-formed but breaks a rule; it carries every violation found (bounded). */
public final class ValidationFailed extends DomainException {

  private final List<Violation> violations;

  public ValidationFailed(String message, List<Violation> violations) {
    super(message);
    this.violations = List.copyOf(violations);
  }

  public ValidationFailed(String message, List<Violation> violations, Throwable cause) {
    super(message, cause);
    this.violations = List.copyOf(violations);
  }

  public static ValidationFailed of(Violation violation) {
    return new ValidationFailed(violation.message(), List.of(violation));
  }

  public List<Violation> violations() {
    return violations;
  }
}
