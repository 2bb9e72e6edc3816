package dev.pindex.persistence;

import com.codahale.metrics.MetricRegistry;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;

/**
 * A database of its own with the real changelog applied, a real pool and units of work over it: the
 * fixture of one repository test class. Its tests share it and own their rows. Close it after the
 * class.
 */
final class MigratedStore implements AutoCloseable {

  // room for the tests that run several units of work at once
  private static final int POOL_SIZE = 6;
  private static final Duration POOL_TIMEOUT = Duration.ofSeconds(10);

  final FreshDatabase database;
  final MyBatisTransactions transactions;
  final HikariDataSource pool;

  private MigratedStore(FreshDatabase database, Duration statementTimeout, boolean superuser) {
    this.database = database;
    new LiquibaseMigrations(database.dataSource()).migrate();
    this.pool =
        TestPools.pool(
            superuser ? database.connectionSettings() : database.applicationRole(),
            TestPools.settings(POOL_SIZE, 0, POOL_TIMEOUT, statementTimeout));
    this.transactions =
        new MyBatisTransactions(
            pool, RetryPolicy.defaults(), new MetricRegistry(), StatementLogging.DEFAULTS);
  }

  static MigratedStore create(String name) {
    return new MigratedStore(FreshDatabase.create(name), TestPools.STATEMENT_TIMEOUT, true);
  }

  /**
   * Like {@link #create(String)}, with the pool logged in as a role that is no superuser (see
   * {@link FreshDatabase#applicationRole()}); the migrations still run as the superuser.
   */
  static MigratedStore asApplicationRole(String name) {
    return new MigratedStore(FreshDatabase.create(name), TestPools.STATEMENT_TIMEOUT, false);
  }

  /** Like {@link #create(String)}, with every statement limited to {@code statementTimeout}. */
  static MigratedStore withStatementTimeout(String name, Duration statementTimeout) {
    return new MigratedStore(FreshDatabase.create(name), statementTimeout, true);
  }

  @Override
  public void close() {
    pool.close();
  }
}
