package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.pindex.domain.model.PoolSnapshot;
import dev.pindex.domain.model.Unavailable;
import java.lang.ref.WeakReference;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Units of work wait for a connection at the pool's gate, the statistics count them there, and the
 * gate and the pool together keep a unit's wait within one pool timeout.
 */
class ConnectionGateTest {

  private static final Duration POOL_TIMEOUT = Duration.ofSeconds(1);

  // a thread per unit, whatever the common pool's size on this machine
  private final ExecutorService clients = Executors.newCachedThreadPool();

  @AfterEach
  void stopClients() {
    clients.shutdownNow();
  }

  @Test
  void units_beyond_the_pools_size_wait_at_the_gate_where_the_statistics_count_them()
      throws Exception {
    try (Scratch scratch = new Scratch(2, Duration.ofSeconds(10), RetryPolicy.defaults())) {
      HikariPoolStats stats = new HikariPoolStats(scratch.pool);
      List<CompletableFuture<String>> units = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String label = "unit " + i;
        units.add(
            CompletableFuture.supplyAsync(
                () ->
                    scratch.transactions.readOnly(
                        () -> scratch.mapper.labelAfterSleeping(label, 0.4)),
                clients));
      }
      PoolSnapshot whileBusy = awaitFullWithWaiters(stats);

      assertThat(whileBusy.active()).isEqualTo(2);
      assertThat(whileBusy.pending()).isPositive();
      assertThat(scratch.pool.getHikariPoolMXBean().getThreadsAwaitingConnection()).isZero();
      for (int i = 0; i < units.size(); i++) {
        assertThat(units.get(i).get(30, TimeUnit.SECONDS)).isEqualTo("unit " + i);
      }
      assertThat(stats.snapshot().pending()).isZero();
    }
  }

  @Test
  void a_unit_that_got_past_the_gate_waits_in_the_pool_only_for_what_is_left_of_the_timeout()
      throws Exception {
    try (Scratch scratch = new Scratch(1, POOL_TIMEOUT, RetryPolicy.defaults());
        // held outside any unit of work, as the readiness check does: the gate does not see it
        Connection held = scratch.pool.getConnection()) {
      List<CompletableFuture<Long>> units = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        units.add(CompletableFuture.supplyAsync(() -> millisUntilRefused(scratch), clients));
      }

      for (CompletableFuture<Long> unit : units) {
        // the first waits in the pool, the others at the gate behind it: each about one timeout
        assertThat(unit.get(30, TimeUnit.SECONDS))
            .isBetween(POOL_TIMEOUT.toMillis() - 50, POOL_TIMEOUT.toMillis() + 500);
      }
    }
  }

  @Test
  void a_pool_has_one_gate_while_it_is_held_and_the_gate_does_not_keep_the_pool_after()
      throws InterruptedException {
    HikariDataSource pool = new HikariDataSource();
    ConnectionGate gate = ConnectionGate.of(pool);
    assertThat(ConnectionGate.of(pool)).isSameAs(gate);

    WeakReference<HikariDataSource> released = new WeakReference<>(pool);
    pool = null;
    gate = null;
    for (int i = 0; i < 50 && released.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertThat(released.get()).as("the pool, after the last holder of it and its gate").isNull();
  }

  private static long millisUntilRefused(Scratch scratch) {
    long started = System.nanoTime();
    assertThatThrownBy(() -> scratch.transactions.readOnly(() -> scratch.mapper.notes("nobody")))
        .isInstanceOf(Unavailable.class);
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  /** The first snapshot with every connection busy and units waiting, within 10 s. */
  private static PoolSnapshot awaitFullWithWaiters(HikariPoolStats stats)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    PoolSnapshot snapshot = stats.snapshot();
    while ((snapshot.pending() == 0 || snapshot.active() < 2) && System.nanoTime() < deadline) {
      Thread.sleep(5);
      snapshot = stats.snapshot();
    }
    return snapshot;
  }
}
