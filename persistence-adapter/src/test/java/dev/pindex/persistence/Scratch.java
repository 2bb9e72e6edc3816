package dev.pindex.persistence;

import com.codahale.metrics.MetricRegistry;
import com.zaxxer.hikari.HikariDataSource;
import dev.pindex.persistence.mapper.ScratchMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real pool, MyBatis and units of work over the scratch tables, as one test's fixture. Close it
 * after the test.
 */
final class Scratch implements AutoCloseable {

  final HikariDataSource pool;
  final MetricRegistry metrics = new MetricRegistry();
  final MyBatisTransactions transactions;
  final ScratchMapper mapper;

  Scratch(int poolSize, Duration poolTimeout, RetryPolicy retryPolicy) {
    ScratchTables.create();
    pool = TestPools.pool(poolSize, 0, poolTimeout);
    transactions = new MyBatisTransactions(pool, retryPolicy, metrics, StatementLogging.DEFAULTS);
    mapper = transactions.mapper(ScratchMapper.class);
  }

  Scratch() {
    this(2, Duration.ofSeconds(5), RetryPolicy.defaults());
  }

  int activeConnections() {
    return pool.getHikariPoolMXBean().getActiveConnections();
  }

  /** The notes another session sees, that is, what was committed. */
  static List<String> committedNotes(String owner) {
    try (Connection connection = TestDatabase.adminDataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT label FROM scratch_note WHERE owner = ? ORDER BY label")) {
      select.setString(1, owner);
      List<String> labels = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          labels.add(rows.getString(1));
        }
      }
      return labels;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Ends a backend from outside, as a server restart or an administrator would. */
  static void terminateBackend(int pid) {
    TestDatabase.execute("SELECT pg_terminate_backend(" + pid + ", 5000)");
  }

  @Override
  public void close() {
    pool.close();
  }
}
