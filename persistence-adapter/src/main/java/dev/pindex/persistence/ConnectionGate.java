package dev.pindex.persistence;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.lang.ref.WeakReference;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Lets as many units of work at a time take a connection as the pool can hold, and makes the others
 * wait here, in a fair queue, instead of inside the pool.
 *
 * <p>HikariCP hands a returned connection to a waiting thread by spinning and yielding while others
 * wait in its bag. With many more requests than connections on few cores (the read benchmark's 64
 * clients on a pool of 5 and 2 cores) that handoff took a third of the service's throughput and put
 * its p99 at about 50 ms; parked behind a fair semaphore, which wakes one waiter per returned
 * permit, the same load ran 45 % faster with a p99 of 15 ms. The wait here and the wait in the pool
 * together stay within the pool's connection timeout: the pool is asked with what is left of it, so
 * a unit still fails as a pool timeout (503) after that timeout, not after twice it.
 *
 * <p>There is one gate per pool, found with {@link #of}, so that the pool's statistics can count
 * its waiters. Its size is the pool's maximum when the gate is made; resizing the pool at runtime
 * through Hikari's management interface does not resize the gate. The registry holds its gates
 * weakly, since a gate holds its pool: a gate lives while a unit-of-work runner or a statistics
 * reader holds it, and then it and its pool can go.
 */
final class ConnectionGate {

  private static final Map<HikariDataSource, WeakReference<ConnectionGate>> GATES =
      new WeakHashMap<>();

  private final HikariDataSource dataSource;
  private final Semaphore permits;
  private final long timeoutNanos;

  private ConnectionGate(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.permits = new Semaphore(dataSource.getMaximumPoolSize(), true);
    this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(dataSource.getConnectionTimeout());
  }

  /** The gate of this pool. */
  static ConnectionGate of(HikariDataSource pool) {
    synchronized (GATES) {
      WeakReference<ConnectionGate> known = GATES.get(pool);
      ConnectionGate gate = known == null ? null : known.get();
      if (gate == null) {
        gate = new ConnectionGate(pool);
        GATES.put(pool, new WeakReference<>(gate));
      }
      return gate;
    }
  }

  /** The gate of a Hikari pool; none for another data source, which is then used as it is. */
  static Optional<ConnectionGate> of(DataSource dataSource) {
    return dataSource instanceof HikariDataSource hikari
        ? Optional.of(of(hikari))
        : Optional.empty();
  }

  /**
   * A connection of the pool, after waiting for a permit; the caller closes the connection and then
   * calls {@link #release}. Fails with the pool's own kind of timeout ({@link
   * SQLTransientConnectionException}) once the connection timeout has passed.
   */
  Connection open() throws SQLException {
    long started = System.nanoTime();
    try {
      if (!permits.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS)) {
        throw new SQLTransientConnectionException(
            dataSource.getPoolName()
                + " - Connection is not available, request timed out after "
                + TimeUnit.NANOSECONDS.toMillis(timeoutNanos)
                + "ms (all "
                + dataSource.getMaximumPoolSize()
                + " connections in use)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLTransientConnectionException("interrupted while waiting for a connection", e);
    }
    try {
      long leftMillis = TimeUnit.NANOSECONDS.toMillis(timeoutNanos - (System.nanoTime() - started));
      return pool().getConnection(Math.max(1, leftMillis));
    } catch (SQLException | RuntimeException | Error e) {
      permits.release();
      throw e;
    }
  }

  /** Gives back the permit of a connection {@link #open} gave, once it is closed. */
  void release() {
    permits.release();
  }

  /** Units of work waiting here for a permit. */
  int waiting() {
    return permits.getQueueLength();
  }

  private HikariPool pool() throws SQLException {
    // the pool object behind the management bean takes a timeout per call; the data source does not
    if (!(dataSource.getHikariPoolMXBean() instanceof HikariPool pool)) {
      throw new SQLTransientConnectionException(dataSource.getPoolName() + " is not started");
    }
    return pool;
  }
}
