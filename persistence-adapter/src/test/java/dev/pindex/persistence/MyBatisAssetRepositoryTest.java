package dev.pindex.persistence;

import dev.pindex.contract.AssetRepositoryContract;
import dev.pindex.domain.port.out.AllocationRepository;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.PriceRepository;
import dev.pindex.domain.port.out.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MyBatisAssetRepositoryTest extends AssetRepositoryContract {

  private static MigratedStore store;

  @BeforeAll
  static void openStore() {
    store = MigratedStore.create("asset_repository");
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

  @Override
  protected PriceRepository priceRepository() {
    return new MyBatisPriceRepository(store.transactions);
  }

  @Override
  protected AllocationRepository allocationRepository() {
    return new MyBatisAllocationRepository(store.transactions);
  }
}
