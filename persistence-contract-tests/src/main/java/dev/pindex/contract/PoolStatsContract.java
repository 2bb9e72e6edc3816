package dev.pindex.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.domain.model.PoolSnapshot;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.PoolStats;
import dev.pindex.domain.port.out.Transactions;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PoolStats} promises about the units of work it serves: a unit that has used the
 * store counts as active while it runs and no longer once it ends, and an idle store has nobody
 * waiting. The rest of a snapshot applies to stores behind a connection pool only: its steady size
 * and ceiling, idle connections and overflow are the pool's configuration and habits, shown by each
 * pool adapter's own tests; a store without a pool (in memory) reports no sizes and no idle
 * connections.
 *
 * <p>A subclass supplies the stats and, to use the store, units of work and an asset repository
 * over the same store; no other test may use that store meanwhile.
 */
public abstract class PoolStatsContract {

  protected abstract PoolStats poolStats();

  protected abstract Transactions transactions();

  protected abstract AssetRepository assetRepository();

  @Test
  void an_idle_store_has_nothing_active_and_nobody_waiting() {
    PoolSnapshot idle = poolStats().snapshot();

    assertThat(idle.active()).isZero();
    assertThat(idle.pending()).isZero();
  }

  @Test
  void a_unit_of_work_that_used_the_store_counts_as_active_while_it_runs_and_not_after() {
    AssetRepository assets = assetRepository();
    PoolStats stats = poolStats();

    PoolSnapshot during =
        transactions()
            .readOnly(
                () -> {
                  assets.findBySymbol(Owned.symbol());
                  return stats.snapshot();
                });
    PoolSnapshot after = stats.snapshot();

    assertThat(during.active()).isPositive();
    assertThat(during.total()).isGreaterThanOrEqualTo(during.active());
    assertThat(after.active()).isZero();
  }
}
