package dev.pindex.memory;

import dev.pindex.contract.StrategyRepositoryContract;
import dev.pindex.domain.port.out.StrategyRepository;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UserRepository;

class InMemoryStrategyRepositoryTest extends StrategyRepositoryContract {

  private final InMemoryTransactions store = new InMemoryTransactions();

  @Override
  protected Transactions transactions() {
    return store;
  }

  @Override
  protected StrategyRepository strategyRepository() {
    return new InMemoryStrategyRepository(store);
  }

  @Override
  protected UserRepository userRepository() {
    return new InMemoryUserRepository(store);
  }
}
