package dev.pindex.domain.model;

import java.math.BigDecimal;

/** A portfolio weight: an exact fraction in [0, 1] with at most 10 decimal places. */
public record Weight(BigDecimal value) {

  public Weight {
    value = Decimals.fitting("weight", value, 1, 10);
    if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
      throw ValidationFailed.of(Violation.ofField("weight", "must lie in [0, 1]"));
    }
  }

  public static Weight of(String value) {
    return new Weight(new BigDecimal(value));
  }
}
