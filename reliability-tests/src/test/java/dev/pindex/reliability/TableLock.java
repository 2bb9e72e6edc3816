package dev.pindex.reliability;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A slow database, made from outside the service without any route of its own: the test's own
 * session takes {@code ACCESS EXCLUSIVE} on a table, so every statement of the service that reads
 * it waits, holding its pooled connection, until the lock is released or {@code statement_timeout}
 * cancels it.
 */
final class TableLock implements AutoCloseable {

  private final Connection connection;

  private TableLock(Connection connection) {
    this.connection = connection;
  }

  static TableLock hold(Postgres postgres, String database, String table) throws SQLException {
    Connection connection = postgres.connect(database);
    try (Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute("LOCK TABLE " + table + " IN ACCESS EXCLUSIVE MODE");
      return new TableLock(connection);
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  /** Releases the lock (the transaction that holds it rolls back). */
  @Override
  public void close() throws SQLException {
    try {
      connection.rollback();
    } finally {
      connection.close();
    }
  }
}
