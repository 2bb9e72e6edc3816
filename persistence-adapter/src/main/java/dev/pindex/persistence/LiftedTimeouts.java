package dev.pindex.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs a bulk load with the statement and network timeouts of the unit of work's connection lifted,
 * and puts both back afterwards. A COPY lasts as long as the client takes to send its body, and the
 * merge after it as long as the body is big, so either can outlive the profile's {@code
 * statement_timeout} and the driver's socket timeout set just above it; yet the rest of the unit,
 * and the pool that reuses the connection afterwards, must keep their limits.
 *
 * <p>The statement timeout is lifted with {@code SET LOCAL}, which ends with the transaction
 * anyway; restoring it early matters when the unit goes on after the load. When the load failed in
 * the database, the transaction is aborted and restoring the statement timeout fails too: that
 * failure is suppressed into the load's own, and the rollback restores the setting.
 */
final class LiftedTimeouts {

  // pgjdbc applies a network timeout itself and never uses the executor JDBC requires
  private static final Executor SAME_THREAD = Runnable::run;
  private static final int NO_TIMEOUT = 0;

  private final Connection connection;
  private final String statementTimeout;
  private final int networkTimeoutMillis;

  private LiftedTimeouts(Connection connection, String statementTimeout, int networkTimeoutMillis) {
    this.connection = connection;
    this.statementTimeout = statementTimeout;
    this.networkTimeoutMillis = networkTimeoutMillis;
  }

  static <T> T during(Connection connection, Supplier<T> load) {
    LiftedTimeouts lifted = lift(connection);
    T result;
    try {
      result = load.get();
    } catch (RuntimeException | Error failure) {
      try {
        lifted.restore();
      } catch (RuntimeException restoreFailure) {
        failure.addSuppressed(restoreFailure);
      }
      throw failure;
    }
    lifted.restore();
    return result;
  }

  private static LiftedTimeouts lift(Connection connection) {
    return Jdbc.call(
        "lift the timeouts for a bulk load",
        () -> {
          String statementTimeout;
          try (Statement statement = connection.createStatement();
              ResultSet setting =
                  statement.executeQuery("SELECT current_setting('statement_timeout')")) {
            setting.next();
            statementTimeout = setting.getString(1);
            statement.execute("SET LOCAL statement_timeout = 0");
          }
          LiftedTimeouts lifted =
              new LiftedTimeouts(connection, statementTimeout, connection.getNetworkTimeout());
          connection.setNetworkTimeout(SAME_THREAD, NO_TIMEOUT);
          return lifted;
        });
  }

  private void restore() {
    // the network timeout first: it bounds the round trip that restores the statement timeout
    Jdbc.run(
        "restore the network timeout",
        () -> connection.setNetworkTimeout(SAME_THREAD, networkTimeoutMillis));
    Jdbc.run(
        "restore the statement timeout",
        () -> {
          try (PreparedStatement restore =
              connection.prepareStatement("SELECT set_config('statement_timeout', ?, true)")) {
            restore.setString(1, statementTimeout);
            restore.execute();
          }
        });
  }
}
