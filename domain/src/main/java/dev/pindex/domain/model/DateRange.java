package dev.pindex.domain.model;

import java.time.LocalDate;
import java.util.Objects;

/** An inclusive range of calendar dates; open ends default to the widest dates stored. */
public record DateRange(LocalDate from, LocalDate to) {

  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  public DateRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw ValidationFailed.of(Violation.ofField("from", "must not be after 'to'"));
    }
  }

  /** A range from optional bounds, as query parameters give them. */
  public static DateRange between(LocalDate fromOrNull, LocalDate toOrNull) {
    return new DateRange(
        fromOrNull == null ? EARLIEST : fromOrNull, toOrNull == null ? LATEST : toOrNull);
  }

  public static DateRange all() {
    return new DateRange(EARLIEST, LATEST);
  }
}
