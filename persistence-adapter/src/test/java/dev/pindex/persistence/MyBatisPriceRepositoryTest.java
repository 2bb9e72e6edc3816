package dev.pindex.persistence;

import dev.pindex.contract.PriceRepositoryContract;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.PriceRepository;
import dev.pindex.domain.port.out.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MyBatisPriceRepositoryTest extends PriceRepositoryContract {

  // a subclass opens its own store by hiding openStore(); test classes run one at a time
  static MigratedStore store;

  @BeforeAll
  static void openStore() {
    store = MigratedStore.create("price_repository");
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
  protected PriceRepository priceRepository() {
    return new MyBatisPriceRepository(store.transactions);
  }

  @Override
  protected AssetRepository assetRepository() {
    return new MyBatisAssetRepository(store.transactions);
  }
}
