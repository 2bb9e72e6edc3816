package dev.pindex.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.domain.model.DatabaseStatus;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.DatabaseHealth;
import dev.pindex.domain.port.out.Transactions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DatabaseHealth} promises while its store answers: up, with the probe's latency.
 * How a store that stops answering looks (down within the probe's own timeout) depends on how it
 * can fail, so each adapter's own tests show that.
 *
 * <p>A subclass supplies the health check and, to keep the store busy, units of work and an asset
 * repository over the same store.
 */
public abstract class DatabaseHealthContract {

  protected abstract DatabaseHealth databaseHealth();

  protected abstract Transactions transactions();

  protected abstract AssetRepository assetRepository();

  private final ExecutorService reader = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopReader() {
    reader.shutdownNow();
  }

  @Test
  void is_up_when_the_store_answers() {
    DatabaseStatus status = databaseHealth().check();

    assertThat(status.up()).isTrue();
    assertThat(status.latency()).isGreaterThanOrEqualTo(Duration.ZERO);
  }

  @Test
  void stays_up_while_another_unit_of_work_reads() throws Exception {
    Transactions tx = transactions();
    AssetRepository assets = assetRepository();
    CountDownLatch reading = new CountDownLatch(1);
    CountDownLatch checked = new CountDownLatch(1);
    Future<?> unit =
        reader.submit(
            () ->
                tx.readOnly(
                    () -> {
                      assets.findBySymbol(Owned.symbol());
                      reading.countDown();
                      return awaitQuietly(checked);
                    }));
    assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

    DatabaseStatus status = databaseHealth().check();

    checked.countDown();
    unit.get(20, TimeUnit.SECONDS);
    assertThat(status.up()).isTrue();
  }

  // a unit of work cannot throw InterruptedException; the test fails on the timeout instead
  private static boolean awaitQuietly(CountDownLatch latch) {
    try {
      return latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
