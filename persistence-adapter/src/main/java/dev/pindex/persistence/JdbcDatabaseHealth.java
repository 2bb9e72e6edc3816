package dev.pindex.persistence;

import dev.pindex.domain.model.DatabaseStatus;
import dev.pindex.domain.port.out.DatabaseHealth;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readiness: {@code SELECT 1} through the pool, answered within {@code timeout} whatever the
 * database does. The probe runs on its own thread, because borrowing from an exhausted pool waits
 * the whole pool timeout and a hung server may not answer at all; the caller stops waiting at
 * {@code timeout}. Probes are single-flight: while one is still running, later checks wait for that
 * one instead of starting another, so a hung database holds one thread and at most one connection,
 * not one per readiness poll.
 */
public final class JdbcDatabaseHealth implements DatabaseHealth {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcDatabaseHealth.class);

  private final DataSource dataSource;
  private final Duration timeout;
  private final ThreadPoolExecutor prober;
  private CompletableFuture<Void> probe = CompletableFuture.completedFuture(null);

  public JdbcDatabaseHealth(DataSource dataSource, Duration timeout) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    // one daemon thread that ends when idle, so the check needs no shutdown of its own
    this.prober =
        new ThreadPoolExecutor(
            1,
            1,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            runnable -> {
              Thread thread = new Thread(runnable, "pindex-db-health");
              thread.setDaemon(true);
              return thread;
            });
    this.prober.allowCoreThreadTimeOut(true);
  }

  @Override
  public DatabaseStatus check() {
    long startedNanos = System.nanoTime();
    try {
      currentProbe().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return DatabaseStatus.up(since(startedNanos));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DatabaseStatus.down(since(startedNanos));
    } catch (TimeoutException e) {
      LOG.warn("Database readiness probe got no answer within {}", timeout);
      return DatabaseStatus.down(since(startedNanos));
    } catch (ExecutionException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      LOG.warn("Database readiness probe failed: {}", cause.toString());
      return DatabaseStatus.down(since(startedNanos));
    }
  }

  private synchronized CompletableFuture<Void> currentProbe() {
    if (probe.isDone()) {
      probe = CompletableFuture.runAsync(this::selectOne, prober);
    }
    return probe;
  }

  private void selectOne() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      // a second bound on the server side, so a probe that outlives its caller ends too
      statement.setQueryTimeout((int) Math.max(1, roundedUpSeconds(timeout)));
      statement.execute("SELECT 1");
    } catch (SQLException e) {
      throw new CompletionException(e);
    }
  }

  private static long roundedUpSeconds(Duration duration) {
    return duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
  }

  private static Duration since(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }
}
