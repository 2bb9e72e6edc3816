package dev.pindex.web.dto;

import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Calendar dates as the API writes them: exactly {@code YYYY-MM-DD}, from 0001-01-01 on. Parsed
 * here rather than by Jackson's date module, which also accepts timestamps, arrays and epoch days;
 * and by hand rather than with a formatter, which costs a bulk load of millions of dates more than
 * the rest of a row. Year 0000 is refused: PostgreSQL's calendar has no year zero, so such a date
 * would fail deep in a bulk load (where the database cannot say which row held it) or be stored as
 * 1 BC.
 */
public final class WireDates {

  private static final int LENGTH = "YYYY-MM-DD".length();

  private WireDates() {}

  /** {@code ValidationFailed} on field "date" unless the text is a real date in that shape. */
  public static LocalDate parse(String text) {
    if (text.length() == LENGTH && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year >= 1 && month >= 0 && day >= 0) {
        try {
          return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
          // falls through: the shape was right but the day does not exist (2026-02-30)
        }
      }
    }
    throw ValidationFailed.of(Violation.ofField("date", "must be a date YYYY-MM-DD"));
  }

  /** The decimal number the ASCII digits in [from, to) spell, or -1 if any is not a digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
