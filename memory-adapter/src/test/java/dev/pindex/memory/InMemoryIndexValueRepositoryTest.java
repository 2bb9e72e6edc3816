package dev.pindex.memory;

import dev.pindex.contract.IndexValueRepositoryContract;
import dev.pindex.domain.port.out.IndexValueRepository;
import dev.pindex.domain.port.out.Transactions;

class InMemoryIndexValueRepositoryTest extends IndexValueRepositoryContract {

  private final InMemoryTransactions store = new InMemoryTransactions();

  @Override
  protected Transactions transactions() {
    return store;
  }

  @Override
  protected IndexValueRepository indexValueRepository() {
    return new InMemoryIndexValueRepository(store);
  }
}
