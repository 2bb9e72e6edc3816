package dev.pindex.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the records of an RFC 4180 CSV body one at a time, through a fixed buffer, so memory stays
 * flat however long the body is. Fields are separated by commas and records by CRLF, LF or CR; a
 * field in double quotes may hold commas, quotes (doubled) and line breaks. A UTF-8 byte order mark
 * before the first record is skipped, and the line break after the last record is optional.
 *
 * <p>A record that breaks the quoting rules (a quote inside an unquoted field, text after a closing
 * quote), holds a field longer than {@value #MAX_FIELD_BYTES} bytes or more than {@value
 * #MAX_FIELDS} fields is still read to its end, so the next record starts where it should; {@link
 * #problem()} says what is wrong with it. Only a quoted field still open at the end of the body
 * breaks the body as a whole: it has swallowed every record after it.
 */
final class CsvRecords {

  /** No field of a bulk row comes near this; a longer one is cut off rather than kept growing. */
  static final int MAX_FIELD_BYTES = 1024;

  /** No bulk row comes near this; the fields past it are dropped rather than kept growing. */
  static final int MAX_FIELDS = 64;

  private static final int BUFFER_BYTES = 64 * 1024;
  private static final int END = -1;
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int position;
  private int limit;
  private boolean started;

  private final byte[] field = new byte[MAX_FIELD_BYTES];
  private int fieldLength;
  private final List<String> fields = new ArrayList<>();
  private String problem;

  CsvRecords(InputStream in) {
    this.in = in;
  }

  /** Reads the next record; false at the end of the body. */
  boolean next() throws IOException {
    if (!started) {
      started = true;
      skipByteOrderMark();
    }
    fields.clear();
    problem = null;
    int b = read();
    if (b == END) {
      return false;
    }
    while (true) {
      fieldLength = 0;
      b = b == '"' ? readQuotedField() : readUnquotedField(b);
      if (fields.size() < MAX_FIELDS) {
        fields.add(new String(field, 0, fieldLength, UTF_8));
      } else {
        reportProblem("has more than " + MAX_FIELDS + " fields");
      }
      if (b != ',') {
        skipLineEnd(b);
        return true;
      }
      b = read();
    }
  }

  /** The current record's fields, as written (unquoted); valid until the next call of next(). */
  List<String> fields() {
    return fields;
  }

  /** What breaks the current record's syntax, or null when nothing does. */
  String problem() {
    return problem;
  }

  /** Reads from {@code b} up to the field's end; returns the comma, line break or END after it. */
  private int readUnquotedField(int b) throws IOException {
    while (b != ',' && b != '\n' && b != '\r' && b != END) {
      if (b == '"') {
        reportProblem("has a quote inside a field that is not quoted");
      }
      append(b);
      b = read();
    }
    return b;
  }

  /** Reads after the opening quote to the closing one; returns what follows the field. */
  private int readQuotedField() throws IOException {
    while (true) {
      int b = read();
      if (b == END) {
        throw BadRequest.malformedBody("The CSV body ends inside a quoted field.");
      }
      if (b == '"') {
        b = read();
        if (b != '"') {
          return skipAfterClosingQuote(b);
        }
      }
      append(b);
    }
  }

  private int skipAfterClosingQuote(int b) throws IOException {
    while (b != ',' && b != '\n' && b != '\r' && b != END) {
      reportProblem("has text after the closing quote of a field");
      b = read();
    }
    return b;
  }

  private void skipLineEnd(int b) throws IOException {
    if (b == '\r') {
      int after = read();
      if (after != '\n' && after != END) {
        position--; // a lone CR ends the line; what follows starts the next record
      }
    }
  }

  private void skipByteOrderMark() throws IOException {
    while (limit < BYTE_ORDER_MARK.length) {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        break;
      }
      limit += n;
    }
    if (limit >= BYTE_ORDER_MARK.length
        && Arrays.equals(
            buffer, 0, BYTE_ORDER_MARK.length, BYTE_ORDER_MARK, 0, BYTE_ORDER_MARK.length)) {
      position = BYTE_ORDER_MARK.length;
    }
  }

  private void append(int b) {
    if (fieldLength == MAX_FIELD_BYTES) {
      reportProblem("has a field longer than " + MAX_FIELD_BYTES + " bytes");
      return;
    }
    field[fieldLength++] = (byte) b;
  }

  private void reportProblem(String description) {
    if (problem == null) {
      problem = description;
    }
  }

  private int read() throws IOException {
    while (position == limit) {
      int n = in.read(buffer, 0, buffer.length);
      if (n < 0) {
        return END;
      }
      position = 0;
      limit = n;
    }
    return buffer[position++] & 0xFF;
  }
}
