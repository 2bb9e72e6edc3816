package dev.pindex.domain.model;

/** Checks shared by free-text fields. */
final class Text {

  private Text() {}

  /** Trimmed, non-blank, at most {@code maxLength} characters, no control characters. */
  static String required(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw ValidationFailed.of(Violation.ofField(field, "is required"));
    }
    return checked(field, value.strip(), maxLength);
  }

  /** Like {@link #required} but absent (null or blank) is allowed and gives null. */
  static String optional(String field, String value, int maxLength) {
    return value == null || value.isBlank() ? null : checked(field, value.strip(), maxLength);
  }

  private static String checked(String field, String value, int maxLength) {
    if (value.codePointCount(0, value.length()) > maxLength) {
      throw ValidationFailed.of(
          Violation.ofField(field, "must be at most " + maxLength + " characters"));
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw ValidationFailed.of(Violation.ofField(field, "must not contain control characters"));
    }
    return value;
  }
}
