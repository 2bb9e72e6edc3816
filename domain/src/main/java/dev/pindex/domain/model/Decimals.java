package dev.pindex.domain.model;

import java.math.BigDecimal;

/** Checks shared by the money-like values: exact decimals that fit their NUMERIC columns. */
final class Decimals {

  private Decimals() {}

  /**
   * Refuses a value with more integer digits or decimal places than its column holds, rather than
   * letting the database round it silently.
   */
  static BigDecimal fitting(String field, BigDecimal value, int integerDigits, int scale) {
    if (value == null) {
      throw ValidationFailed.of(Violation.ofField(field, "is required"));
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (Math.max(stripped.scale(), 0) > scale) {
      throw ValidationFailed.of(
          Violation.ofField(field, "must have at most " + scale + " decimal places"));
    }
    // in long: a scale near Integer.MIN_VALUE (1E+2147483647) overflows an int subtraction
    if ((long) stripped.precision() - stripped.scale() > integerDigits) {
      throw ValidationFailed.of(
          Violation.ofField(field, "must have at most " + integerDigits + " integer digits"));
    }
    return value;
  }
}
