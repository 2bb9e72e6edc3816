package dev.pindex.persistence;

import dev.pindex.contract.StrategyRepositoryContract;
import dev.pindex.domain.port.out.StrategyRepository;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UserRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MyBatisStrategyRepositoryTest extends StrategyRepositoryContract {

  private static MigratedStore store;

  @BeforeAll
  static void openStore() {
    store = MigratedStore.create("strategy_repository");
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
  protected StrategyRepository strategyRepository() {
    return new MyBatisStrategyRepository(store.transactions);
  }

  @Override
  protected UserRepository userRepository() {
    return new MyBatisUserRepository(store.transactions);
  }
}
