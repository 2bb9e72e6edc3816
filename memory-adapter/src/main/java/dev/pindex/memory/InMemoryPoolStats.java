package dev.pindex.memory;

import dev.pindex.domain.model.PoolSnapshot;
import dev.pindex.domain.port.out.PoolStats;
import java.util.Objects;

/**
 * The in-memory store has no connection pool: nothing is kept open, so there is no steady size, no
 * ceiling and nothing idle, and those read 0. What it does have is units of work: those running
 * count as active (and total), those waiting for their turn as pending. {@code overflow}, being
 * whatever runs above the steady size, then equals {@code active}.
 */
public final class InMemoryPoolStats implements PoolStats {

  private final InMemoryTransactions store;

  public InMemoryPoolStats(InMemoryTransactions store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public PoolSnapshot snapshot() {
    int running = store.unitsRunning();
    return new PoolSnapshot(0, 0, running, running, 0, store.unitsWaiting());
  }
}
