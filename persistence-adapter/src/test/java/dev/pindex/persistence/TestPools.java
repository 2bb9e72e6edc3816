package dev.pindex.persistence;

import com.codahale.metrics.MetricRegistry;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Small real pools on the test database, each under its own name and metric registry. */
final class TestPools {

  static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(5);
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private TestPools() {}

  static ConnectionSettings connection() {
    return new ConnectionSettings(TestDatabase.jdbcUrl(), TestDatabase.user(), null);
  }

  static PoolSettings settings(int poolSize, int maxOverflow, Duration poolTimeout) {
    return settings(poolSize, maxOverflow, poolTimeout, STATEMENT_TIMEOUT);
  }

  static PoolSettings settings(
      int poolSize, int maxOverflow, Duration poolTimeout, Duration statementTimeout) {
    return new PoolSettings(
        poolSize,
        maxOverflow,
        poolTimeout,
        Duration.ZERO,
        statementTimeout,
        Duration.ofSeconds(10));
  }

  static HikariDataSource pool(int poolSize, int maxOverflow, Duration poolTimeout) {
    return pool(connection(), settings(poolSize, maxOverflow, poolTimeout));
  }

  static HikariDataSource pool(ConnectionSettings connection, PoolSettings settings) {
    return HikariDataSourceFactory.create(
        connection, settings, "test-pool-" + SEQUENCE.incrementAndGet(), new MetricRegistry());
  }
}
