package dev.pindex.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PoolSnapshotTest {

  @Test
  void overflow_counts_connections_above_the_steady_size() {
    assertThat(new PoolSnapshot(5, 15, 8, 7, 1, 3).overflow()).isEqualTo(3);
  }

  @Test
  void overflow_is_zero_while_the_pool_is_at_or_below_its_steady_size() {
    assertThat(new PoolSnapshot(5, 15, 5, 0, 5, 0).overflow()).isZero();
    assertThat(new PoolSnapshot(5, 15, 2, 1, 1, 0).overflow()).isZero();
  }

  @Test
  void a_ceiling_below_the_steady_size_cannot_exist() {
    assertThatIllegalArgumentException().isThrownBy(() -> new PoolSnapshot(5, 4, 0, 0, 0, 0));
  }

  @Test
  void negative_counts_cannot_exist() {
    assertThatIllegalArgumentException().isThrownBy(() -> new PoolSnapshot(1, 1, 0, -1, 0, 0));
  }
}
