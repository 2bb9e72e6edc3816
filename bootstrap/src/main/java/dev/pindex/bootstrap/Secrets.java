package dev.pindex.bootstrap;

import dev.pindex.domain.model.Email;
import dev.pindex.domain.model.PlainPassword;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.port.in.RegisterUserCommand;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The service's secrets and accounts from the environment: the token signing key and the admin
 * account to ensure at start. {@link #toString()} never shows a secret.
 */
record Secrets(
    byte[] tokenKey,
    boolean tokenKeyGenerated,
    Duration tokenLifetime,
    Optional<RegisterUserCommand> admin) {

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
        + admin.map(account -> account.email().value() + " (password ***)").orElse("none")
        + "]";
  }

  /**
   * Cursors are signed with a key derived from the token key: a configured token key keeps cursors
   * valid across restarts, and the two signatures never share a key.
   */
  byte[] cursorKey() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(tokenKey, "HmacSHA256"));
      return mac.doFinal("pindex cursor signing key".getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** {@code ADMIN_EMAIL} and {@code ADMIN_PASSWORD}: both or neither, and valid as an account. */
  static final class AdminAccount {

    private AdminAccount() {}

    static Optional<RegisterUserCommand> from(Map<String, String> env) {
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
      try {
        return Optional.of(new RegisterUserCommand(new Email(email), new PlainPassword(password)));
      } catch (ValidationFailed e) {
        String field = e.violations().get(0).field();
        throw new ConfigurationError(
            "ADMIN_"
                + field.toUpperCase(Locale.ROOT)
                + " is invalid: it "
                + e.violations().get(0).message());
      }
    }
  }
}
