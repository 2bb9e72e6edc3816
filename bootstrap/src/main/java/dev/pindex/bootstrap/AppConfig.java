package dev.pindex.bootstrap;

import dev.pindex.persistence.PoolSettings;
import dev.pindex.web.LoginLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the service reads from its environment, validated at once so a bad value stops the
 * start with a message naming the variable. {@link #toString()} masks secrets.
 */
public record AppConfig(
    Profile profile,
    Optional<DatabaseUrl> database,
    PoolSettings pool,
    int port,
    int adminPort,
    String adminBind,
    Path dataDir,
    long maxRequestBytes,
    long maxBulkRequestBytes,
    Duration shutdownTimeout,
    Secrets secrets,
    LoginLimits loginLimits,
    boolean demoData,
    LogSettings logging) {

  static final int DEFAULT_PORT = 8080;
  static final int DEFAULT_ADMIN_PORT = 8081;

  public static AppConfig from(Map<String, String> env) {
    Profile profile = Profile.resolve(env);
    Optional<DatabaseUrl> database =
        Optional.ofNullable(Environment.value(env, "DATABASE_URL")).map(DatabaseUrl::parse);
    if (profile == Profile.PROD && database.isEmpty()) {
      throw new ConfigurationError(
          "APP_PROFILE prod needs DATABASE_URL: production never runs on an embedded database");
    }
    return new AppConfig(
        profile,
        database,
        pool(profile, env),
        Environment.integer(env, "PORT", DEFAULT_PORT, 0, 65_535),
        Environment.integer(env, "ADMIN_PORT", DEFAULT_ADMIN_PORT, 0, 65_535),
        Environment.value(env, "ADMIN_BIND", "127.0.0.1"),
        Path.of(Environment.value(env, "PINDEX_DATA_DIR", "data")).toAbsolutePath(),
        Environment.integer(env, "HTTP_MAX_BODY_BYTES", 1 << 20, 1, Integer.MAX_VALUE),
        Environment.wholeNumber(env, "HTTP_MAX_BULK_BODY_BYTES", 1L << 30, 1, Long.MAX_VALUE),
        Environment.seconds(env, "SHUTDOWN_TIMEOUT_S", Duration.ofSeconds(10), 0),
        Secrets.from(env),
        loginLimits(env),
        Environment.flag(env, "DEMO_DATA", false),
        LogSettings.from(env));
  }

  /** Behind a hosting platform's proxy the client address comes from X-Forwarded-For. */
  private static LoginLimits loginLimits(Map<String, String> env) {
    LoginLimits defaults = LoginLimits.DEFAULTS;
    return new LoginLimits(
        Environment.integer(
            env, "LOGIN_MAX_FAILURES_PER_ACCOUNT", defaults.perAccountAndAddress(), 1, 1_000_000),
        Environment.integer(
            env, "LOGIN_MAX_FAILURES_PER_ADDRESS", defaults.perAddress(), 1, 1_000_000),
        Environment.seconds(env, "LOGIN_WINDOW_S", defaults.window(), 1),
        Environment.flag(env, "TRUST_FORWARDED_FOR", Environment.value(env, "RENDER") != null));
  }

  /** The profile's pool with any {@code DB_*} override applied. */
  static PoolSettings pool(Profile profile, Map<String, String> env) {
    Duration recycle = Environment.seconds(env, "DB_POOL_RECYCLE_S", profile.recycle, 0);
    // in milliseconds, unlike the other DB_* durations: a statement limit is often below a second;
    // below 100 ms it would cancel ordinary statements (or is a value meant in seconds)
    Duration statementTimeout =
        Duration.ofMillis(
            Environment.integer(
                env,
                "DB_STATEMENT_TIMEOUT_MS",
                (int) profile.statementTimeout.toMillis(),
                100,
                3_600_000));
    try {
      return new PoolSettings(
          Environment.integer(env, "DB_POOL_SIZE", profile.poolSize, 1, 1_000),
          Environment.integer(env, "DB_MAX_OVERFLOW", profile.maxOverflow, 0, 1_000),
          Environment.seconds(env, "DB_POOL_TIMEOUT_S", profile.poolTimeout, 1),
          recycle,
          statementTimeout,
          overflowIdleTimeout(recycle));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationError("the DB_POOL_* settings do not fit together: " + e.getMessage());
    }
  }

  /** Overflow is retired after idling a while, and always before the connection's recycle age. */
  private static Duration overflowIdleTimeout(Duration recycle) {
    Duration beforeRecycle = recycle.minusSeconds(1);
    return recycle.isZero() || Profile.OVERFLOW_IDLE_TIMEOUT.compareTo(beforeRecycle) <= 0
        ? Profile.OVERFLOW_IDLE_TIMEOUT
        : beforeRecycle;
  }

  /** True when no {@code DATABASE_URL} was given and the service runs its own PostgreSQL. */
  public boolean embedded() {
    return database.isEmpty();
  }
}
