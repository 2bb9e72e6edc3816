package dev.pindex.memory;

import dev.pindex.contract.AllocationRepositoryContract;
import dev.pindex.domain.port.out.AllocationRepository;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.Transactions;

class InMemoryAllocationRepositoryTest extends AllocationRepositoryContract {

  private final InMemoryTransactions store = new InMemoryTransactions();

  @Override
  protected Transactions transactions() {
    return store;
  }

  @Override
  protected AllocationRepository allocationRepository() {
    return new InMemoryAllocationRepository(store);
  }

  @Override
  protected AssetRepository assetRepository() {
    return new InMemoryAssetRepository(store);
  }
}
