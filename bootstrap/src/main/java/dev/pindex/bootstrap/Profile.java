package dev.pindex.bootstrap;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The environments of API.md and their pool settings, as the design this service comes from chose
 * them (SQLAlchemy's {@code pool_size} and {@code max_overflow}), plus a statement timeout each.
 *
 * <p>{@link #MEMORY} is the one profile without a database: the whole service runs on the in-memory
 * adapter, with no embedded PostgreSQL, no pool and no migrations, and its data dies with the
 * process. It is for trying the API and for end-to-end tests where a database adds nothing; it is
 * only ever chosen by name.
 */
public enum Profile {
  /** One shared connection, like SQLAlchemy's StaticPool in the design's tests. */
  TEST(1, 0, Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(10)),
  EMBEDDED(5, 10, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofSeconds(30)),
  DEV(5, 10, Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofSeconds(30)),
  PROD(20, 40, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofSeconds(15)),
  /** No pool: these values only keep the configuration's pool settings well-formed. */
  MEMORY(1, 0, Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(10));

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
   * {@code DATABASE_URL} is set, and {@code embedded} otherwise. {@code memory} with a {@code
   * DATABASE_URL} is refused: the data would not go where the URL suggests.
   */
  static Profile resolve(Map<String, String> env) {
    String named = Environment.value(env, "APP_PROFILE");
    if (named != null) {
      Profile profile;
      try {
        profile = valueOf(named.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationError(
            "APP_PROFILE '" + named + "' is unknown: use embedded, test, dev, prod or memory");
      }
      if (profile == MEMORY && Environment.value(env, "DATABASE_URL") != null) {
        throw new ConfigurationError(
            "APP_PROFILE memory keeps its data in the process and uses no DATABASE_URL: unset"
                + " one of them");
      }
      return profile;
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
