package dev.pindex.persistence;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the database is and who logs in. The user name may be null when the URL carries it ({@code
 * ?user=}); the password may be null (trust or peer authentication, or a password carried by the
 * URL); it never appears in {@link #toString()}, which ends up in logs.
 */
public record ConnectionSettings(String jdbcUrl, String username, String password) {

  private static final String POSTGRES_URL_PREFIX = "jdbc:postgresql:";
  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&]password=)[^&]*");
  private static final String MASK = "****";

  public ConnectionSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    // the pool passes PostgreSQL-only driver options and the fault translation reads PostgreSQL
    // SQLStates, so another driver would half work
    if (!jdbcUrl.startsWith(POSTGRES_URL_PREFIX)) {
      throw new IllegalArgumentException("jdbcUrl must start with " + POSTGRES_URL_PREFIX);
    }
    if (username != null && username.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
  }

  @Override
  public String toString() {
    return "ConnectionSettings[jdbcUrl="
        + PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1" + MASK)
        + ", username="
        + username
        + ", password="
        + (password == null ? "none" : MASK)
        + "]";
  }
}
