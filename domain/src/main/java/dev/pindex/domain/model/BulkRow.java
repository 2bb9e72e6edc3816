package dev.pindex.domain.model;

import java.util.Objects;

/**
 * One row of a bulk body as it was read: its 1-based number and either its value or why it could
 * not be read. Bulk loads stream these, so a body never has to be held whole.
 */
public record BulkRow<T>(long number, T value, String problem) {

  public BulkRow {
    if (number < 1) {
      throw new IllegalArgumentException("rows are numbered from 1");
    }
    if ((value == null) == (problem == null)) {
      throw new IllegalArgumentException("a row has a value or a problem, not both");
    }
  }

  public static <T> BulkRow<T> valid(long number, T value) {
    return new BulkRow<>(number, Objects.requireNonNull(value, "value"), null);
  }

  public static <T> BulkRow<T> invalid(long number, String problem) {
    return new BulkRow<>(number, null, Objects.requireNonNull(problem, "problem"));
  }

  public boolean isValid() {
    return value != null;
  }
}
