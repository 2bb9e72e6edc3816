package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a connection from the real pool carries into the server session. */
class PooledConnectionTest {

  private static String queryText(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }

  @Test
  void session_runs_under_the_configured_statement_timeout_and_application_name()
      throws SQLException {
    try (HikariDataSource pool = TestPools.pool(1, 0, Duration.ofSeconds(5));
        Connection connection = pool.getConnection()) {

      assertThat(queryText(connection, "SHOW statement_timeout")).isEqualTo("5s");
      assertThat(queryText(connection, "SHOW application_name")).isEqualTo("pindex");
      assertThat(connection.getAutoCommit()).isFalse();
    }
  }

  @Test
  void the_pool_registers_its_own_metrics_under_its_name() {
    MetricRegistry registry = new MetricRegistry();
    try (HikariDataSource pool =
        HikariDataSourceFactory.create(
            TestPools.connection(),
            TestPools.settings(1, 0, Duration.ofSeconds(5)),
            "metered-pool",
            registry)) {

      assertThat(pool.isRunning()).isTrue();
      assertThat(registry.getNames())
          .contains("metered-pool.pool.Wait", "metered-pool.pool.ActiveConnections");
    }
  }
}
