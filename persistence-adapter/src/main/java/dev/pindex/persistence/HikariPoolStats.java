package dev.pindex.persistence;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.pindex.domain.model.PoolSnapshot;
import dev.pindex.domain.port.out.PoolStats;
import java.util.Objects;

/** The pool's counts from Hikari's own management interface; the sizes from its configuration. */
public final class HikariPoolStats implements PoolStats {

  private final HikariDataSource dataSource;
  // units of work wait for a connection at the pool's gate, not inside the pool
  private final ConnectionGate gate;

  public HikariPoolStats(HikariDataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.gate = ConnectionGate.of(dataSource);
  }

  @Override
  public PoolSnapshot snapshot() {
    HikariConfigMXBean config = dataSource.getHikariConfigMXBean();
    HikariPoolMXBean pool = dataSource.getHikariPoolMXBean();
    // the sizes in the configuration bean are the live ones: Hikari lets them change at runtime
    int poolSize = config.getMinimumIdle();
    int maxPoolSize = config.getMaximumPoolSize();
    if (pool == null) {
      // a HikariDataSource made without a configuration starts its pool on the first borrow
      return new PoolSnapshot(poolSize, maxPoolSize, 0, 0, 0, 0);
    }
    return new PoolSnapshot(
        poolSize,
        maxPoolSize,
        pool.getTotalConnections(),
        pool.getActiveConnections(),
        pool.getIdleConnections(),
        pool.getThreadsAwaitingConnection() + gate.waiting());
  }
}
