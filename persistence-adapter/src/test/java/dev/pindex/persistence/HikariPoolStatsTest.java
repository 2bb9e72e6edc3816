package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.zaxxer.hikari.HikariDataSource;
import dev.pindex.domain.model.PoolSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class HikariPoolStatsTest {

  private static final Duration WAIT_LIMIT = Duration.ofSeconds(10);

  /** Hikari opens and hands over connections in the background; wait for the counts to settle. */
  private static PoolSnapshot awaitSnapshot(HikariPoolStats stats, Predicate<PoolSnapshot> settled)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
    PoolSnapshot snapshot = stats.snapshot();
    while (!settled.test(snapshot) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      snapshot = stats.snapshot();
    }
    return snapshot;
  }

  @Test
  void reports_sizes_and_counts_with_one_connection_held() throws Exception {
    try (HikariDataSource pool = TestPools.pool(2, 1, Duration.ofSeconds(5))) {
      HikariPoolStats stats = new HikariPoolStats(pool);
      awaitSnapshot(stats, snapshot -> snapshot.total() == 2);

      Connection held = pool.getConnection();
      try {
        PoolSnapshot snapshot = awaitSnapshot(stats, s -> s.total() == 2 && s.idle() == 1);

        assertThat(snapshot).isEqualTo(new PoolSnapshot(2, 3, 2, 1, 1, 0));
      } finally {
        held.close();
      }
    }
  }

  @Test
  void counts_threads_waiting_for_a_connection() throws Exception {
    try (HikariDataSource pool = TestPools.pool(1, 0, Duration.ofSeconds(5))) {
      HikariPoolStats stats = new HikariPoolStats(pool);
      Connection held = pool.getConnection();
      CompletableFuture<Void> waiter =
          CompletableFuture.runAsync(
              () -> {
                try {
                  pool.getConnection().close();
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });

      PoolSnapshot snapshot = awaitSnapshot(stats, s -> s.pending() == 1);

      assertThat(snapshot.pending()).isEqualTo(1);
      assertThat(snapshot.active()).isEqualTo(1);
      held.close();
      waiter.join();
    }
  }

  @Test
  void the_overflow_gauge_counts_connections_above_the_steady_size() throws Exception {
    MetricRegistry metrics = new MetricRegistry();
    try (HikariDataSource pool =
        HikariDataSourceFactory.create(
            TestPools.connection(),
            TestPools.settings(1, 2, Duration.ofSeconds(5)),
            "overflow-gauge",
            metrics)) {
      Gauge<?> overflow = metrics.getGauges().get("overflow-gauge.pool.OverflowConnections");
      try (Connection first = pool.getConnection();
          Connection second = pool.getConnection();
          Connection third = pool.getConnection()) {
        assertThat(overflow.getValue()).isEqualTo(2);
      }
    }
  }

  @Test
  void a_pool_that_has_not_started_reports_no_connections() {
    try (HikariDataSource notStarted = new HikariDataSource()) {
      notStarted.setMinimumIdle(2);
      notStarted.setMaximumPoolSize(4);

      assertThat(new HikariPoolStats(notStarted).snapshot())
          .isEqualTo(new PoolSnapshot(2, 4, 0, 0, 0, 0));
    }
  }
}
