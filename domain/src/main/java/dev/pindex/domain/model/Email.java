package dev.pindex.domain.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address as given (trimmed); two addresses are the same account when their {@link
 * #normalized()} forms are equal.
 */
public record Email(String value) {

  private static final Pattern PLAUSIBLE =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

  public Email {
    Objects.requireNonNull(value, "value");
    value = value.strip();
    if (value.length() > 254 || !PLAUSIBLE.matcher(value).matches()) {
      throw ValidationFailed.of(Violation.ofField("email", "must be an e-mail address"));
    }
  }

  public String normalized() {
    return value.toLowerCase(Locale.ROOT);
  }
}
