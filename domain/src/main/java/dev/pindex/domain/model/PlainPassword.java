package dev.pindex.domain.model;

import java.util.Objects;

/** A password as the user typed it: 8 to 128 characters. Never printed. */
public record PlainPassword(String value) {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;

  public PlainPassword {
    Objects.requireNonNull(value, "value");
    int length = value.codePointCount(0, value.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw ValidationFailed.of(
          Violation.ofField(
              "password", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters"));
    }
  }

  @Override
  public String toString() {
    return "PlainPassword[***]";
  }
}
