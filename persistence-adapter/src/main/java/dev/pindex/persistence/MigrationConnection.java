package dev.pindex.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;

/**
 * A connection lent to Liquibase for one migration command, handed back as it was found (it may go
 * back to a pool).
 *
 * <p>The application's per-connection {@code statement_timeout} and {@code lock_timeout} protect
 * requests; a migration that builds an index or waits for a busy table must not be cut off half-way
 * by them, so both are lifted for the command and the caller's values restored after.
 *
 * <p>The command also holds a session advisory lock, so only one migration command runs per
 * database at a time. Liquibase's own lock table is not enough on a new database: Liquibase creates
 * its history table before it takes that lock, and two processes starting at once both try to
 * create it. The advisory lock goes with the session, so a crashed process leaves none. Waiting for
 * it has no time limit: the other process's migration is running, and is not cut short either.
 */
final class MigrationConnection implements AutoCloseable {

  /** Any fixed number; it only has to differ from other advisory locks taken on the database. */
  static final long MIGRATION_LOCK = 0x70696e646578L; // "pindex" in ASCII

  private final Connection connection;
  private final String callerStatementTimeout;
  private final String callerLockTimeout;
  private final boolean callerAutoCommit;
  private Database database;

  private MigrationConnection(Connection connection) throws SQLException, DatabaseException {
    this.connection = connection;
    this.callerStatementTimeout = setting("statement_timeout");
    this.callerLockTimeout = setting("lock_timeout");
    this.callerAutoCommit = connection.getAutoCommit();
  }

  static MigrationConnection open(Connection connection) throws SQLException, DatabaseException {
    MigrationConnection migration = new MigrationConnection(connection);
    try {
      migration.setSetting("statement_timeout", "0");
      migration.setSetting("lock_timeout", "0");
      migration.call("SELECT pg_advisory_lock(?)", MIGRATION_LOCK);
      // only now: Liquibase queries the database as it wraps the connection
      migration.database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      return migration;
    } catch (SQLException | DatabaseException | RuntimeException e) {
      try {
        migration.close();
      } catch (SQLException restoreFailed) {
        e.addSuppressed(restoreFailed);
      }
      throw e;
    }
  }

  Database database() {
    return database;
  }

  @Override
  public void close() throws SQLException {
    if (!connection.getAutoCommit()) {
      // Liquibase commits or rolls back each changeset itself; whatever is left open is discarded,
      // never committed by the restores below.
      connection.rollback();
    }
    call("SELECT pg_advisory_unlock(?)", MIGRATION_LOCK);
    setSetting("statement_timeout", callerStatementTimeout);
    setSetting("lock_timeout", callerLockTimeout);
    connection.setAutoCommit(callerAutoCommit);
  }

  private String setting(String name) throws SQLException {
    try (PreparedStatement show = connection.prepareStatement("SELECT current_setting(?)")) {
      show.setString(1, name);
      try (ResultSet row = show.executeQuery()) {
        row.next();
        return row.getString(1);
      }
    }
  }

  private void setSetting(String name, String value) throws SQLException {
    try (PreparedStatement set = connection.prepareStatement("SELECT set_config(?, ?, false)")) {
      set.setString(1, name);
      set.setString(2, value);
      set.execute();
    }
    if (!connection.getAutoCommit()) {
      // a session setting made in a transaction is undone if that transaction rolls back
      connection.commit();
    }
  }

  private void call(String sql, long lockKey) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, lockKey);
      statement.execute();
    }
  }
}
