package dev.pindex.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.contract.TransactionsContract;
import dev.pindex.domain.model.Unavailable;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.Transactions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryTransactionsTest extends TransactionsContract {

  private final InMemoryTransactions store = new InMemoryTransactions();

  @Override
  protected Transactions transactions() {
    return store;
  }

  @Override
  protected AssetRepository assetRepository() {
    return new InMemoryAssetRepository(store);
  }

  @Test
  void a_unit_that_cannot_start_within_the_wait_limit_is_unavailable() {
    InMemoryTransactions impatient = new InMemoryTransactions(Duration.ofMillis(100));

    HeldUnit writer = HeldUnit.writing(impatient);
    try {
      assertThatThrownBy(() -> impatient.readOnly(() -> "never runs"))
          .isInstanceOf(Unavailable.class)
          .hasMessageContaining("busy");
    } finally {
      writer.release();
    }
    assertThat(impatient.readOnly(() -> "runs once the writer is done")).isNotNull();
  }

  @Test
  void read_only_units_run_side_by_side() {
    InMemoryTransactions impatient = new InMemoryTransactions(Duration.ofSeconds(2));

    HeldUnit reader = HeldUnit.reading(impatient);
    try {
      assertThat(impatient.readOnly(() -> "beside the other reader")).isNotNull();
    } finally {
      reader.release();
    }
  }
}
