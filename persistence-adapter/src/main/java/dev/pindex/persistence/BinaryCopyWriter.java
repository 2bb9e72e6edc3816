package dev.pindex.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes rows for {@code COPY ... FROM STDIN (FORMAT binary)}, straight into a fixed byte buffer
 * handed on to the stream when it fills. In the binary format PostgreSQL takes each value as it
 * stores it instead of parsing text, which for the dates and decimals of a price row cuts a third
 * of the COPY's time in the database, and the database is where a bulk load spends its time.
 *
 * <p>Each value must match its column's type exactly: {@link #number(long)} a {@code bigint},
 * {@link #number(BigDecimal)} a {@code numeric}, {@link #date} a {@code date}, {@link #text} a
 * {@code text} or {@code varchar}. Write failures, the database's refusals among them, leave as
 * {@link UncheckedIOException}s whose cause chain keeps the driver's SQLException for translation.
 */
final class BinaryCopyWriter {

  private static final byte[] SIGNATURE = {
    'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0
  };
  private static final int BUFFER_BYTES = 64 * 1024;
  private static final long EPOCH_DAY_OF_2000_01_01 = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final short NUMERIC_POSITIVE = 0x0000;
  private static final short NUMERIC_NEGATIVE = 0x4000;
  private static final int DIGITS_PER_NUMERIC_DIGIT = 4;

  private final OutputStream out;
  private final int fieldsPerRow;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int length;
  private int fieldsInRow;

  /** Starts the COPY data: the format's header, then rows of {@code fieldsPerRow} values each. */
  BinaryCopyWriter(OutputStream out, int fieldsPerRow) {
    this.out = out;
    this.fieldsPerRow = fieldsPerRow;
    bytes(SIGNATURE);
    putInt(0); // flags: no OIDs
    putInt(0); // no header extension
  }

  BinaryCopyWriter text(String value) {
    startField();
    if (isAscii(value) && value.length() <= BUFFER_BYTES) {
      putInt(value.length());
      room(value.length());
      for (int i = 0; i < value.length(); i++) {
        buffer[length++] = (byte) value.charAt(i);
      }
    } else {
      byte[] utf8 = value.getBytes(UTF_8);
      putInt(utf8.length);
      bytes(utf8);
    }
    return this;
  }

  BinaryCopyWriter number(long value) {
    startField();
    putInt(Long.BYTES);
    putLong(value);
    return this;
  }

  /** PostgreSQL's numeric: base-10000 digits around the decimal point, and the value's scale. */
  BinaryCopyWriter number(BigDecimal value) {
    String plain = value.abs().toPlainString();
    int point = plain.indexOf('.');
    int integerDigits = point < 0 ? plain.length() : point;
    int scale = point < 0 ? 0 : plain.length() - point - 1;
    int integerGroups = (integerDigits + DIGITS_PER_NUMERIC_DIGIT - 1) / DIGITS_PER_NUMERIC_DIGIT;
    int fractionGroups = (scale + DIGITS_PER_NUMERIC_DIGIT - 1) / DIGITS_PER_NUMERIC_DIGIT;
    int groups = integerGroups + fractionGroups;
    startField();
    putInt(8 + 2 * groups);
    putShort(groups);
    putShort(integerGroups - 1); // weight: the power of 10000 of the first digit
    putShort(value.signum() < 0 ? NUMERIC_NEGATIVE : NUMERIC_POSITIVE);
    putShort(scale);
    // the integer digits right-aligned on groups of four, the fraction's left-aligned
    int firstDigit = integerDigits - integerGroups * DIGITS_PER_NUMERIC_DIGIT;
    for (int group = 0; group < groups; group++) {
      int numericDigit = 0;
      for (int d = 0; d < DIGITS_PER_NUMERIC_DIGIT; d++) {
        int position = firstDigit + group * DIGITS_PER_NUMERIC_DIGIT + d;
        if (position >= integerDigits) {
          position++; // past the decimal point
        }
        boolean present = position >= 0 && position < plain.length() && position != point;
        numericDigit = numericDigit * 10 + (present ? plain.charAt(position) - '0' : 0);
      }
      putShort(numericDigit);
    }
    return this;
  }

  BinaryCopyWriter date(LocalDate value) {
    startField();
    putInt(Integer.BYTES);
    putInt(Math.toIntExact(value.toEpochDay() - EPOCH_DAY_OF_2000_01_01));
    return this;
  }

  void endRow() {
    if (fieldsInRow != fieldsPerRow) {
      throw new IllegalStateException(
          "a row has " + fieldsInRow + " values where COPY expects " + fieldsPerRow);
    }
    fieldsInRow = 0;
  }

  /** Ends the COPY data with the format's trailer and hands everything buffered to the stream. */
  void finish() {
    putShort(-1);
    flush();
  }

  /** Counts the field, starting its row with the number of fields. */
  private void startField() {
    if (fieldsInRow == 0) {
      putShort(fieldsPerRow);
    }
    fieldsInRow++;
  }

  private static boolean isAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  private void putShort(int value) {
    room(Short.BYTES);
    buffer[length++] = (byte) (value >>> 8);
    buffer[length++] = (byte) value;
  }

  private void putInt(int value) {
    room(Integer.BYTES);
    buffer[length++] = (byte) (value >>> 24);
    buffer[length++] = (byte) (value >>> 16);
    buffer[length++] = (byte) (value >>> 8);
    buffer[length++] = (byte) value;
  }

  private void putLong(long value) {
    putInt((int) (value >>> 32));
    putInt((int) value);
  }

  private void bytes(byte[] bytes) {
    if (bytes.length > buffer.length) {
      flush();
      write(bytes, bytes.length);
      return;
    }
    room(bytes.length);
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
  }

  /** Makes room for {@code bytes} more, handing the buffer on when it would overflow. */
  private void room(int bytes) {
    if (length + bytes > buffer.length) {
      flush();
    }
  }

  private void flush() {
    write(buffer, length);
    length = 0;
  }

  private void write(byte[] bytes, int count) {
    try {
      out.write(bytes, 0, count);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
