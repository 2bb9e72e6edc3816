package dev.pindex.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * The pool in the terms of the design this service comes from (SQLAlchemy's {@code pool_size},
 * {@code max_overflow}, {@code pool_timeout}, {@code pool_recycle}), plus the per-statement timeout
 * and how long an overflow connection may sit idle before it is closed.
 *
 * <p>The lower bounds are HikariCP's own floors: below them Hikari silently replaces a value with
 * its default (a 100 ms pool timeout would become 30 s), so they are refused here instead.
 *
 * @param poolSize connections kept open while idle
 * @param maxOverflow extra connections opened under load, closed again when idle
 * @param poolTimeout how long a unit of work waits for a free connection
 * @param recycle a connection's maximum age; {@link Duration#ZERO} keeps connections forever
 * @param statementTimeout the server's {@code statement_timeout} for every statement
 * @param idleTimeout how long an overflow connection may stay idle
 */
public record PoolSettings(
    int poolSize,
    int maxOverflow,
    Duration poolTimeout,
    Duration recycle,
    Duration statementTimeout,
    Duration idleTimeout) {

  private static final Duration MIN_POOL_TIMEOUT = Duration.ofMillis(250);
  private static final Duration MIN_RECYCLE = Duration.ofSeconds(30);
  private static final Duration MIN_IDLE_TIMEOUT = Duration.ofSeconds(10);
  // Hikari stops retiring idle connections when idleTimeout comes this close to maxLifetime
  private static final Duration IDLE_TIMEOUT_MARGIN_BELOW_RECYCLE = Duration.ofSeconds(1);

  public PoolSettings {
    Objects.requireNonNull(poolTimeout, "poolTimeout");
    Objects.requireNonNull(recycle, "recycle");
    Objects.requireNonNull(statementTimeout, "statementTimeout");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (poolSize < 1) {
      throw new IllegalArgumentException("poolSize must be at least 1");
    }
    if (maxOverflow < 0) {
      throw new IllegalArgumentException("maxOverflow must not be negative");
    }
    if (poolTimeout.compareTo(MIN_POOL_TIMEOUT) < 0) {
      throw new IllegalArgumentException("poolTimeout must be at least " + MIN_POOL_TIMEOUT);
    }
    if (!recycle.isZero() && recycle.compareTo(MIN_RECYCLE) < 0) {
      throw new IllegalArgumentException("recycle must be zero (never) or at least " + MIN_RECYCLE);
    }
    if (statementTimeout.toMillis() < 1) {
      throw new IllegalArgumentException("statementTimeout must be at least 1 ms");
    }
    if (idleTimeout.compareTo(MIN_IDLE_TIMEOUT) < 0) {
      throw new IllegalArgumentException("idleTimeout must be at least " + MIN_IDLE_TIMEOUT);
    }
    if (!recycle.isZero()
        && idleTimeout.plus(IDLE_TIMEOUT_MARGIN_BELOW_RECYCLE).compareTo(recycle) > 0) {
      throw new IllegalArgumentException("idleTimeout must be at least 1 s shorter than recycle");
    }
  }

  /** The ceiling: the steady pool plus every overflow connection. */
  public int maxPoolSize() {
    return poolSize + maxOverflow;
  }
}
