package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.pindex.domain.model.DatabaseStatus;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JdbcDatabaseHealthTest {

  private static final Duration HEALTH_TIMEOUT = Duration.ofMillis(500);
  // far longer than the health timeout, so a check that waited for the pool would show it
  private static final Duration POOL_TIMEOUT = Duration.ofSeconds(20);

  private static int portWhereNothingListens() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void is_down_within_its_own_timeout_when_the_pool_is_exhausted() throws SQLException {
    try (HikariDataSource pool = TestPools.pool(1, 0, POOL_TIMEOUT);
        Connection held = pool.getConnection()) {
      JdbcDatabaseHealth health = new JdbcDatabaseHealth(pool, HEALTH_TIMEOUT);

      DatabaseStatus first = health.check();
      DatabaseStatus second = health.check();

      assertThat(first.up()).isFalse();
      assertThat(second.up()).isFalse();
      assertThat(first.latency()).isLessThan(POOL_TIMEOUT);
      assertThat(second.latency()).isLessThan(POOL_TIMEOUT);
      assertThat(held.isValid(1)).isTrue();
    }
  }

  @Test
  void is_up_again_once_the_pool_has_room() throws SQLException {
    try (HikariDataSource pool = TestPools.pool(1, 0, Duration.ofSeconds(1))) {
      JdbcDatabaseHealth health = new JdbcDatabaseHealth(pool, HEALTH_TIMEOUT);
      Connection held = pool.getConnection();
      assertThat(health.check().up()).isFalse();
      held.close();

      // the probe stuck behind the held connection finishes first; later checks start afresh
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      DatabaseStatus recovered = health.check();
      while (!recovered.up() && System.nanoTime() < deadline) {
        recovered = health.check();
      }
      assertThat(recovered.up()).isTrue();
    }
  }

  @Test
  void is_down_without_throwing_when_nothing_listens_at_the_address() throws IOException {
    ConnectionSettings nowhere =
        new ConnectionSettings(
            "jdbc:postgresql://127.0.0.1:" + portWhereNothingListens() + "/postgres",
            "postgres",
            null);
    HikariConfig config =
        HikariDataSourceFactory.config(
            nowhere, TestPools.settings(1, 0, Duration.ofMillis(300)), "nowhere");
    // start the pool without its first connection, as a pool whose database went away later
    config.setInitializationFailTimeout(-1);

    try (HikariDataSource pool = new HikariDataSource(config)) {
      DatabaseStatus status = new JdbcDatabaseHealth(pool, HEALTH_TIMEOUT).check();

      assertThat(status.up()).isFalse();
    }
  }
}
