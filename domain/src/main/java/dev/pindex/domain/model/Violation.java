package dev.pindex.domain.model;

import java.util.Objects;

/**
 * One reason an input was refused: either a named field or a 1-based row of a bulk body, never
 * both.
 */
public record Violation(String field, Long row, String message) {

  public Violation {
    Objects.requireNonNull(message, "message");
    if ((field == null) == (row == null)) {
      throw new IllegalArgumentException("a violation names exactly one of field or row");
    }
    if (row != null && row < 1) {
      throw new IllegalArgumentException("rows are numbered from 1");
    }
  }

  public static Violation ofField(String field, String message) {
    return new Violation(Objects.requireNonNull(field, "field"), null, message);
  }

  public static Violation ofRow(long row, String message) {
    return new Violation(null, row, message);
  }
}
