package dev.pindex.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address as given (trimmed); two addresses are the same account when their {@link
 * #normalized()} forms are equal.
 */
public record Email(String value) {

  // No control characters: PostgreSQL refuses NUL in text, which would turn a login attempt
  // into a database error instead of a plain "wrong credentials".
  private static final Pattern PLAUSIBLE =
      Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

  public Email {
    Objects.requireNonNull(value, "value");
    value = value.strip();
    if (value.length() > 254 || !PLAUSIBLE.matcher(value).matches()) {
      throw ValidationFailed.of(Violation.ofField("email", "must be an e-mail address"));
    }
  }

  /**
   * Lower-cased letter by letter (Unicode's simple case mapping), as PostgreSQL's {@code lower()}
   * folds text, so that the domain and every store agree on which addresses are one account. {@link
   * String#toLowerCase} maps a word-final capital sigma to the final form and a dotted capital I to
   * two characters, which would make them another account than their lower-case forms.
   */
  public String normalized() {
    return value
        .codePoints()
        .map(Character::toLowerCase)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
