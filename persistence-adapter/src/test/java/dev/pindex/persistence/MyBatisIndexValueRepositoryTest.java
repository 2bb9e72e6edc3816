package dev.pindex.persistence;

import dev.pindex.contract.IndexValueRepositoryContract;
import dev.pindex.domain.port.out.IndexValueRepository;
import dev.pindex.domain.port.out.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MyBatisIndexValueRepositoryTest extends IndexValueRepositoryContract {

  private static MigratedStore store;

  @BeforeAll
  static void openStore() {
    store = MigratedStore.create("index_value_repository");
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
  protected IndexValueRepository indexValueRepository() {
    return new MyBatisIndexValueRepository(store.transactions);
  }
}
