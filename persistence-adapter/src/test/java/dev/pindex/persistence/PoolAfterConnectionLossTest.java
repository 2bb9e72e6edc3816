package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A lost connection rarely dies alone (a restart, a failover, an operator ending the service's
 * sessions), and Hikari hands out a connection used within the last 500 ms without checking it: the
 * pool must not keep the siblings of a lost connection, or a retry spends its attempts on them.
 */
class PoolAfterConnectionLossTest {

  private static final int POOL_SIZE = 5;

  private final Scratch scratch =
      new Scratch(POOL_SIZE, Duration.ofSeconds(5), RetryPolicy.defaults());

  @AfterEach
  void closePool() {
    scratch.close();
  }

  @Test
  void losing_a_connection_retires_its_idle_siblings_so_later_units_get_live_ones()
      throws Exception {
    List<Integer> warmed = useEveryConnectionAtOnce();
    assertThat(warmed).hasSize(POOL_SIZE).doesNotHaveDuplicates();
    AtomicInteger attempts = new AtomicInteger();

    int backend =
        scratch.transactions.readOnly(
            () -> {
              if (attempts.incrementAndGet() == 1) {
                Scratch.terminateBackend(scratch.mapper.backendPid());
              }
              return scratch.mapper.backendPid();
            });

    assertThat(attempts).hasValue(2);
    assertThat(warmed).doesNotContain(backend);
    assertThat(awaitNoneAlive(warmed, Duration.ofSeconds(10)))
        .as("backends of the pool's connections from before the loss, still alive")
        .isEmpty();
  }

  /** Polls until none of {@code backends} is alive or the time is up; answers those alive. */
  private static List<Integer> awaitNoneAlive(List<Integer> backends, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    List<Integer> alive;
    do {
      alive = alive(backends);
      if (alive.isEmpty()) {
        return alive;
      }
      sleep(50);
    } while (System.nanoTime() < deadline);
    return alive;
  }

  private static List<Integer> alive(List<Integer> backends) {
    try (Connection connection = TestDatabase.adminDataSource().getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT pid FROM pg_stat_activity WHERE pid = ANY (?) ORDER BY pid")) {
      select.setArray(1, connection.createArrayOf("int4", backends.toArray()));
      List<Integer> alive = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          alive.add(rows.getInt(1));
        }
      }
      return alive;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs one unit per pooled connection, all holding theirs at the same time; their backends. */
  private List<Integer> useEveryConnectionAtOnce() throws Exception {
    List<Integer> backends = new CopyOnWriteArrayList<>();
    CountDownLatch allHoldOne = new CountDownLatch(POOL_SIZE);
    ExecutorService threads = Executors.newFixedThreadPool(POOL_SIZE);
    try {
      List<Future<Object>> units =
          threads.invokeAll(
              Collections.nCopies(
                  POOL_SIZE,
                  () ->
                      scratch.transactions.readOnly(
                          () -> {
                            backends.add(scratch.mapper.backendPid());
                            allHoldOne.countDown();
                            Latches.await(allHoldOne);
                            return null;
                          })));
      for (Future<Object> unit : units) {
        unit.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    return backends;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
