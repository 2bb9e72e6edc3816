package dev.pindex.domain.model;

import java.util.Locale;
import java.util.Objects;

/** A ticker: 1 to 16 characters of {@code A-Z 0-9 . - ^ =}, upper-cased on the way in. */
public record Symbol(String value) implements Comparable<Symbol> {

  private static final int MAX_LENGTH = 16;

  public Symbol {
    Objects.requireNonNull(value, "value");
    value = value.strip();
    // Checked before upper-casing: toUpperCase turns some non-ASCII letters into ASCII ones
    // ("ſpy" into "SPY", "ß" into "SS"), which would let them pass as another symbol.
    if (!isTicker(value)) {
      throw ValidationFailed.of(
          Violation.ofField("symbol", "must be 1 to 16 characters of A-Z 0-9 . - ^ ="));
    }
    value = value.toUpperCase(Locale.ROOT);
  }

  // a loop rather than a regular expression: bulk loads check millions of symbols
  private static boolean isTicker(String value) {
    if (value.isEmpty() || value.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean allowed =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-'
              || c == '^'
              || c == '=';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(Symbol other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
