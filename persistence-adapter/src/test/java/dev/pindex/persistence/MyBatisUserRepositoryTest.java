package dev.pindex.persistence;

import dev.pindex.contract.UserRepositoryContract;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UserRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MyBatisUserRepositoryTest extends UserRepositoryContract {

  private static MigratedStore store;

  @BeforeAll
  static void openStore() {
    store = MigratedStore.create("user_repository");
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
  protected UserRepository userRepository() {
    return new MyBatisUserRepository(store.transactions);
  }
}
