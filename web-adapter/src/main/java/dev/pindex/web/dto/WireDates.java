package dev.pindex.web.dto;

import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Calendar dates as the API writes them: exactly {@code YYYY-MM-DD}, from 0001-01-01 on. Parsed
 * here rather than by Jackson's date module, which also accepts timestamps, arrays and epoch days.
 * Year 0000 is refused: PostgreSQL's calendar has no year zero, so such a date would fail deep in a
 * bulk load (where the database cannot say which row held it) or be stored as 1 BC.
 */
public final class WireDates {

  private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private WireDates() {}

  /** {@code ValidationFailed} on field "date" unless the text is a real date in that shape. */
  public static LocalDate parse(String text) {
    if (SHAPE.matcher(text).matches()) {
      try {
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() >= 1) {
          return date;
        }
      } catch (DateTimeParseException e) {
        // falls through: the shape was right but the day does not exist (2026-02-30)
      }
    }
    throw ValidationFailed.of(Violation.ofField("date", "must be a date YYYY-MM-DD"));
  }
}
