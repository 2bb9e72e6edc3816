package dev.pindex.persistence;

import dev.pindex.contract.TransactionsContract;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The port's promises over PostgreSQL; {@link MyBatisTransactionsTest} holds the adapter's own. */
class MyBatisTransactionsContractTest extends TransactionsContract {

  private static MigratedStore store;

  @BeforeAll
  static void openStore() {
    store = MigratedStore.create("transactions");
  }

  @AfterAll
  static void closeStore() {
    store.close();
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
