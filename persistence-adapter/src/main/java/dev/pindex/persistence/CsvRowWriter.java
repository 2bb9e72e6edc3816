package dev.pindex.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes rows for {@code COPY ... FROM STDIN (FORMAT csv)}: fields separated by commas, one row a
 * line. A text field is quoted when it holds a comma, a quote, a backslash or a line break, or is
 * empty, since PostgreSQL reads an unquoted empty field as NULL and a line holding only {@code \.}
 * as the end of the data. Write failures, the database's refusals among them, leave as {@link
 * UncheckedIOException}s whose cause chain keeps the driver's SQLException for translation.
 */
final class CsvRowWriter {

  private final Writer out;
  private boolean rowStarted;

  CsvRowWriter(Writer out) {
    this.out = out;
  }

  CsvRowWriter text(String value) {
    boolean quoted = value.isEmpty() || value.chars().anyMatch(c -> ",\"\\\r\n".indexOf(c) >= 0);
    return field(quoted ? '"' + value.replace("\"", "\"\"") + '"' : value);
  }

  CsvRowWriter number(long value) {
    return field(Long.toString(value));
  }

  /** Plain digits: {@link BigDecimal#toString()} could write an exponent. */
  CsvRowWriter number(BigDecimal value) {
    return field(value.toPlainString());
  }

  /** ISO-8601, which PostgreSQL reads whatever its DateStyle. */
  CsvRowWriter date(LocalDate value) {
    return field(value.toString());
  }

  void endRow() {
    write("\n");
    rowStarted = false;
  }

  private CsvRowWriter field(String value) {
    if (rowStarted) {
      write(",");
    }
    write(value);
    rowStarted = true;
    return this;
  }

  private void write(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
