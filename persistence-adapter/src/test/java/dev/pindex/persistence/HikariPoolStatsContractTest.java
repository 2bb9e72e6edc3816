package dev.pindex.persistence;

import dev.pindex.contract.PoolStatsContract;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.PoolStats;
import dev.pindex.domain.port.out.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The port's promises over a Hikari pool; {@link HikariPoolStatsTest} shows the sizes, idle
 * connections and waiting threads only a pool has.
 */
class HikariPoolStatsContractTest extends PoolStatsContract {

  private static MigratedStore store;

  @BeforeAll
  static void openStore() {
    store = MigratedStore.create("pool_stats");
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Override
  protected PoolStats poolStats() {
    return new HikariPoolStats(store.pool);
  }

  @Override
  protected Transactions transactions() {
    return store.transactions;
  }

  @Override
  protected AssetRepository assetRepository() {
    return new MyBatisAssetRepository(store.transactions);
  }
}
