package dev.pindex.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.contract.PoolStatsContract;
import dev.pindex.domain.model.PoolSnapshot;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.PoolStats;
import dev.pindex.domain.port.out.Transactions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class InMemoryPoolStatsTest extends PoolStatsContract {

  private final InMemoryTransactions store = new InMemoryTransactions();

  @Override
  protected PoolStats poolStats() {
    return new InMemoryPoolStats(store);
  }

  @Override
  protected Transactions transactions() {
    return store;
  }

  @Override
  protected AssetRepository assetRepository() {
    return new InMemoryAssetRepository(store);
  }

  @Test
  void a_unit_waiting_for_its_turn_is_pending_and_there_are_no_pool_sizes() throws Exception {
    PoolStats stats = poolStats();
    PoolSnapshot whileWaiting;
    CompletableFuture<String> waiting;

    HeldUnit writer = HeldUnit.writing(store);
    try {
      waiting = CompletableFuture.supplyAsync(() -> store.inTransaction(() -> "after the writer"));
      whileWaiting = awaitPending(stats);
    } finally {
      writer.release();
    }

    assertThat(whileWaiting).isEqualTo(new PoolSnapshot(0, 0, 1, 1, 0, 1));
    assertThat(waiting.join()).isEqualTo("after the writer");
  }

  /** The waiting thread reaches the lock's queue in its own time. */
  private static PoolSnapshot awaitPending(PoolStats stats) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    PoolSnapshot snapshot = stats.snapshot();
    while (snapshot.pending() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
      snapshot = stats.snapshot();
    }
    return snapshot;
  }
}
