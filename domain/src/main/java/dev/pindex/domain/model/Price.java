package dev.pindex.domain.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One day's close of an asset: close > 0 (NUMERIC(20,6)), volume >= 0. */
public record Price(LocalDate date, BigDecimal close, long volume) {

  public Price {
    Objects.requireNonNull(date, "date");
    close = Decimals.fitting("close", close, 14, 6);
    if (close.signum() <= 0) {
      throw ValidationFailed.of(Violation.ofField("close", "must be greater than 0"));
    }
    if (volume < 0) {
      throw ValidationFailed.of(Violation.ofField("volume", "must not be negative"));
    }
  }
}
