package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.model.Unavailable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A pool held full by other threads, then released. */
class PoolExhaustionTest {

  private static final Duration POOL_TIMEOUT = Duration.ofMillis(300);

  private final Scratch scratch = new Scratch(1, POOL_TIMEOUT, RetryPolicy.defaults());
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void closePool() {
    release.countDown();
    scratch.close();
  }

  /** Borrows a connection on another thread and keeps it until released; returns once held. */
  private CompletableFuture<Void> holdConnection() throws InterruptedException {
    CountDownLatch held = new CountDownLatch(1);
    CompletableFuture<Void> holder =
        CompletableFuture.runAsync(
            () -> {
              try {
                Connection connection = scratch.pool.getConnection();
                held.countDown();
                release.await();
                connection.close();
              } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    held.await();
    return holder;
  }

  @Test
  void a_full_pool_answers_unavailable_after_the_pool_timeout_without_retrying() throws Exception {
    CompletableFuture<Void> holder = holdConnection();
    AtomicInteger attempts = new AtomicInteger();

    // a unit takes its connection before its work runs: the work never starts, and the retry
    // metric shows the one attempt
    assertThatThrownBy(
            () ->
                scratch.transactions.inIdempotentTransaction(
                    () -> {
                      attempts.incrementAndGet();
                      return scratch.mapper.notes("nobody");
                    }))
        .isInstanceOf(Unavailable.class)
        .hasMessageContaining("no connection became free");
    assertThat(attempts).hasValue(0);
    assertThat(scratch.metrics.getGauges().get("pindex.db.retry.failed_without_retry").getValue())
        .isEqualTo(1L);

    release.countDown();
    holder.join();
  }

  @Test
  void the_next_unit_succeeds_once_the_pool_has_room_again() throws Exception {
    CompletableFuture<Void> holder = holdConnection();
    assertThatThrownBy(() -> scratch.transactions.readOnly(() -> scratch.mapper.notes("nobody")))
        .isInstanceOf(Unavailable.class);

    release.countDown();
    holder.join();

    assertThat(scratch.transactions.readOnly(() -> scratch.mapper.notes("nobody"))).isEmpty();
  }
}
