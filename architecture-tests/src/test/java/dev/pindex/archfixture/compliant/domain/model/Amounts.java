package dev.pindex.archfixture.compliant.domain.model;

import java.math.BigDecimal;

/** Checks shared by the values' constructors: never instantiated, invisible outside the model. */
final class Amounts {

  private Amounts() {}

  static BigDecimal nonNegative(String field, BigDecimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(field + " cannot be negative");
    }
    return value;
  }
}
