package dev.pindex.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.zaxxer.hikari.HikariDataSource;
import dev.pindex.persistence.ConnectionSettings;
import dev.pindex.persistence.HikariDataSourceFactory;
import dev.pindex.persistence.PoolSettings;

/**
 * The database the configuration names, behind a pool: {@code DATABASE_URL}'s, or else the embedded
 * PostgreSQL, started for the service or for one command and stopped again on {@link #close()},
 * after the pool.
 */
final class Database implements AutoCloseable {

  private final HikariDataSource pool;
  private final EmbeddedDatabase embedded;

  private Database(HikariDataSource pool, EmbeddedDatabase embedded) {
    this.pool = pool;
    this.embedded = embedded;
  }

  static Database open(AppConfig config, PoolSettings poolSettings, MetricRegistry metrics) {
    if (config.profile() == Profile.MEMORY) {
      throw new ConfigurationError(
          "APP_PROFILE memory keeps its data in the process: there is no database to open");
    }
    if (config.database().isPresent()) {
      DatabaseUrl url = config.database().get();
      ConnectionSettings connection =
          new ConnectionSettings(url.jdbcUrl(), url.username(), url.password());
      return new Database(pool(connection, poolSettings, metrics), null);
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.start(config.dataDir());
    try {
      ConnectionSettings connection =
          new ConnectionSettings(embedded.jdbcUrl(), embedded.username(), null);
      return new Database(pool(connection, poolSettings, metrics), embedded);
    } catch (RuntimeException e) {
      embedded.close();
      throw e;
    }
  }

  /** A pool of one connection, for a command that migrates or loads and then exits. */
  static Database openForCommand(AppConfig config) {
    PoolSettings service = config.pool();
    PoolSettings single =
        new PoolSettings(
            1,
            0,
            service.poolTimeout(),
            service.recycle(),
            service.statementTimeout(),
            service.idleTimeout());
    return open(config, single, new MetricRegistry());
  }

  private static HikariDataSource pool(
      ConnectionSettings connection, PoolSettings settings, MetricRegistry metrics) {
    return HikariDataSourceFactory.create(connection, settings, "pindex", metrics);
  }

  HikariDataSource pool() {
    return pool;
  }

  /** Closes the pool, then stops the embedded server if one was started, even if that failed. */
  @Override
  public void close() {
    try {
      pool.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
