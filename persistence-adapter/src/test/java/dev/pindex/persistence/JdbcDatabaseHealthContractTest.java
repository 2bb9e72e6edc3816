package dev.pindex.persistence;

import dev.pindex.contract.DatabaseHealthContract;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.DatabaseHealth;
import dev.pindex.domain.port.out.Transactions;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The port's promises over PostgreSQL; {@link JdbcDatabaseHealthTest} shows how a database that
 * stops answering looks.
 */
class JdbcDatabaseHealthContractTest extends DatabaseHealthContract {

  private static MigratedStore store;

  @BeforeAll
  static void openStore() {
    store = MigratedStore.create("database_health");
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Override
  protected DatabaseHealth databaseHealth() {
    return new JdbcDatabaseHealth(store.pool, Duration.ofSeconds(2));
  }

  @Override
  protected Transactions transactions() {
    return store.transactions;
  }

  @Override
  protected AssetRepository assetRepository() {
    return new MyBatisAssetRepository(store.transactions);
  }
}
