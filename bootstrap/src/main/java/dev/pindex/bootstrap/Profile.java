package dev.pindex.bootstrap;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The environments of API.md and their pool settings, as the design this service comes from chose
 * them (SQLAlchemy's {@code pool_size} and {@code max_overflow}), plus a statement timeout each.
 */
public enum Profile {
  /** One shared connection, like SQLAlchemy's StaticPool in the design's tests. */
  TEST(1, 0, Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(10)),
  EMBEDDED(5, 10, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofSeconds(30)),
  DEV(5, 10, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofSeconds(30)),
  PROD(20, 40, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofSeconds(15));

  /** Overflow connections above the steady pool are closed after this long idle. */
  static final Duration OVERFLOW_IDLE_TIMEOUT = Duration.ofMinutes(5);

  final int poolSize;
  final int maxOverflow;
  final Duration poolTimeout;
  final Duration recycle;
  final Duration statementTimeout;

  Profile(
      int poolSize,
      int maxOverflow,
      Duration poolTimeout,
      Duration recycle,
      Duration statementTimeout) {
    this.poolSize = poolSize;
    this.maxOverflow = maxOverflow;
    this.poolTimeout = poolTimeout;
    this.recycle = recycle;
    this.statementTimeout = statementTimeout;
  }

  /**
   * {@code APP_PROFILE} when set; else {@code prod} when {@code RENDER} is set, {@code dev} when
   * {@code DATABASE_URL} is set, and {@code embedded} otherwise.
   */
  static Profile resolve(Map<String, String> env) {
    String named = Environment.value(env, "APP_PROFILE");
    if (named != null) {
      try {
        return valueOf(named.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationError(
            "APP_PROFILE '" + named + "' is unknown: use embedded, test, dev or prod");
      }
    }
    if (Environment.value(env, "RENDER") != null) {
      return PROD;
    }
    return Environment.value(env, "DATABASE_URL") != null ? DEV : EMBEDDED;
  }

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
