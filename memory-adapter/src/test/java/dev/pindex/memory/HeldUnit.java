package dev.pindex.memory;

import dev.pindex.domain.port.out.UnitOfWork;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/** A unit of work held open on a thread of its own until released, so that other units wait. */
final class HeldUnit {

  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);
  private final ExecutorService thread = Executors.newSingleThreadExecutor();
  private final Future<Boolean> unit;

  private HeldUnit(Function<UnitOfWork<Boolean>, Boolean> open) {
    unit =
        thread.submit(
            () ->
                open.apply(
                    () -> {
                      started.countDown();
                      return await(released);
                    }));
    if (!await(started)) {
      throw new IllegalStateException("the held unit of work did not start");
    }
  }

  static HeldUnit writing(InMemoryTransactions store) {
    return new HeldUnit(store::inTransaction);
  }

  static HeldUnit reading(InMemoryTransactions store) {
    return new HeldUnit(store::readOnly);
  }

  /** Lets the unit end, and waits until it has. */
  void release() {
    released.countDown();
    try {
      unit.get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the held unit of work did not end cleanly", e);
    } finally {
      thread.shutdownNow();
    }
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
