package dev.pindex.domain.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A ticker: 1 to 16 characters of {@code A-Z 0-9 . - ^ =}, upper-cased on the way in. */
public record Symbol(String value) implements Comparable<Symbol> {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9.\\-^=]{1,16}");

  public Symbol {
    Objects.requireNonNull(value, "value");
    value = value.strip();
    // Checked before upper-casing: toUpperCase turns some non-ASCII letters into ASCII ones
    // ("ſpy" into "SPY", "ß" into "SS"), which would let them pass as another symbol.
    if (!VALID.matcher(value).matches()) {
      throw ValidationFailed.of(
          Violation.ofField("symbol", "must be 1 to 16 characters of A-Z 0-9 . - ^ ="));
    }
    value = value.toUpperCase(Locale.ROOT);
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
