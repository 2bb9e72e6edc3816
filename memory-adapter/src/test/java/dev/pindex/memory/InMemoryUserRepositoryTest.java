package dev.pindex.memory;

import dev.pindex.contract.UserRepositoryContract;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UserRepository;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

  private final InMemoryTransactions store = new InMemoryTransactions();

  @Override
  protected Transactions transactions() {
    return store;
  }

  @Override
  protected UserRepository userRepository() {
    return new InMemoryUserRepository(store);
  }
}
