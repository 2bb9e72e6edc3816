package dev.pindex.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.contract.DatabaseHealthContract;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.DatabaseHealth;
import dev.pindex.domain.port.out.Transactions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryDatabaseHealthTest extends DatabaseHealthContract {

  private static final Duration HEALTH_TIMEOUT = Duration.ofMillis(500);

  private final InMemoryTransactions store = new InMemoryTransactions();

  @Override
  protected DatabaseHealth databaseHealth() {
    return new InMemoryDatabaseHealth(store, HEALTH_TIMEOUT);
  }

  @Override
  protected Transactions transactions() {
    return store;
  }

  @Override
  protected AssetRepository assetRepository() {
    return new InMemoryAssetRepository(store);
  }

  @Test
  void is_down_while_a_unit_of_work_holds_the_store_for_writing_and_up_once_it_ends() {
    DatabaseHealth health = databaseHealth();

    HeldUnit writer = HeldUnit.writing(store);
    try {
      assertThat(health.check().up()).isFalse();
    } finally {
      writer.release();
    }
    assertThat(health.check().up()).isTrue();
  }
}
