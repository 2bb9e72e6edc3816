package dev.pindex.memory;

import dev.pindex.contract.PriceRepositoryContract;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.PriceRepository;
import dev.pindex.domain.port.out.Transactions;

class InMemoryPriceRepositoryTest extends PriceRepositoryContract {

  private final InMemoryTransactions store = new InMemoryTransactions();

  @Override
  protected Transactions transactions() {
    return store;
  }

  @Override
  protected PriceRepository priceRepository() {
    return new InMemoryPriceRepository(store);
  }

  @Override
  protected AssetRepository assetRepository() {
    return new InMemoryAssetRepository(store);
  }
}
