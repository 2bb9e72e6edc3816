package dev.pindex.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The service's secrets and accounts from the environment: the token signing key and the admin
 * account to ensure at start. {@link #toString()} never shows a secret.
 */
record Secrets(
    byte[] tokenKey,
    boolean tokenKeyGenerated,
    Duration tokenLifetime,
    Optional<AdminAccount> admin) {

  static final int MIN_KEY_BYTES = 32;

  static Secrets from(Map<String, String> env) {
    String configuredKey = Environment.value(env, "TOKEN_SIGNING_KEY");
    byte[] key;
    if (configuredKey == null) {
      key = new byte[MIN_KEY_BYTES];
      new SecureRandom().nextBytes(key);
    } else {
      key = configuredKey.getBytes(StandardCharsets.UTF_8);
      if (key.length < MIN_KEY_BYTES) {
        throw new ConfigurationError(
            "TOKEN_SIGNING_KEY is too short: it needs at least " + MIN_KEY_BYTES + " bytes");
      }
    }
    return new Secrets(
        key,
        configuredKey == null,
        Environment.seconds(env, "TOKEN_TTL_S", Duration.ofHours(1), 60),
        AdminAccount.from(env));
  }

  @Override
  public String toString() {
    return "Secrets[tokenKey=***"
        + (tokenKeyGenerated ? " (generated at start)" : "")
        + ", tokenLifetime="
        + tokenLifetime
        + ", admin="
        + admin
        + "]";
  }

  /** {@code ADMIN_EMAIL} and {@code ADMIN_PASSWORD}: both or neither. */
  record AdminAccount(String email, String password) {

    static Optional<AdminAccount> from(Map<String, String> env) {
      String email = Environment.value(env, "ADMIN_EMAIL");
      String password = env.get("ADMIN_PASSWORD");
      boolean hasPassword = password != null && !password.isEmpty();
      if (email == null && !hasPassword) {
        return Optional.empty();
      }
      if (email == null || !hasPassword) {
        throw new ConfigurationError(
            "ADMIN_EMAIL and ADMIN_PASSWORD go together: "
                + (email == null ? "ADMIN_EMAIL" : "ADMIN_PASSWORD")
                + " is missing");
      }
      return Optional.of(new AdminAccount(email, password));
    }

    @Override
    public String toString() {
      return "AdminAccount[email=" + email + ", password=***]";
    }
  }
}
