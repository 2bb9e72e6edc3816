package dev.pindex.domain.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The portfolio index's level on a date (NUMERIC(20,6)). */
public record IndexValue(LocalDate date, BigDecimal value) {

  public IndexValue {
    Objects.requireNonNull(date, "date");
    value = Decimals.fitting("value", value, 14, 6);
  }
}
