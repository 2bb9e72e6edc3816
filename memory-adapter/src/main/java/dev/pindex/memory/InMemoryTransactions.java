package dev.pindex.memory;

import dev.pindex.domain.model.Unavailable;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UnitOfWork;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Units of work over one in-memory store, which this object holds: the repositories built from it
 * share its tables and join the unit running on the calling thread, like MyBatis's repositories
 * join their thread's session. Nothing here survives the process.
 *
 * <p><b>Isolation: serializable, by taking turns.</b> A read-write unit holds the store's write
 * lock from its start to its end, so no other unit runs meanwhile; read-only units share the read
 * lock and run side by side, never beside a writer. Writes change the tables in place and leave
 * undo steps in their unit: a failure undoes them newest first (all of them, or those since a
 * savepoint) before the lock is released, and the commit is the release itself. Another unit
 * therefore sees all of a unit's writes or none, and never a rolled-back one. The lock is fair, so
 * units start in the order they asked and a stream of readers cannot starve a writer. A unit that
 * cannot start within the wait limit fails as {@link Unavailable}, as a unit waiting for an
 * exhausted pool does; the same happens to a unit that waits for another thread's unit while it
 * holds the store.
 *
 * <p>A unit started while another is running on the same thread joins it, with its mode: a {@code
 * readOnly} call inside a read-write unit may write, and a write inside a read-only unit fails.
 * Exceptions pass through untouched. Nothing here fails transiently, so no unit is ever retried.
 */
public final class InMemoryTransactions implements Transactions {

  /** As long as every profile's pool timeout: the longest a request waits for its store. */
  private static final Duration DEFAULT_WAIT_LIMIT = Duration.ofSeconds(30);

  private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
  private final ThreadLocal<RunningUnit> running = new ThreadLocal<>();
  private final AtomicInteger unitsRunning = new AtomicInteger();
  private final Duration waitLimit;
  private final Tables tables = new Tables(this::runningUnit);

  public InMemoryTransactions() {
    this(DEFAULT_WAIT_LIMIT);
  }

  /** Units of work that wait at most {@code waitLimit} for their turn. */
  public InMemoryTransactions(Duration waitLimit) {
    this.waitLimit = Objects.requireNonNull(waitLimit, "waitLimit");
    if (waitLimit.isNegative()) {
      throw new IllegalArgumentException("waitLimit must not be negative");
    }
  }

  @Override
  public <T> T inTransaction(UnitOfWork<T> work) {
    return run(false, work);
  }

  @Override
  public <T> T inIdempotentTransaction(UnitOfWork<T> work) {
    return run(false, work);
  }

  @Override
  public <T> T readOnly(UnitOfWork<T> work) {
    return run(true, work);
  }

  @Override
  public <T> T savepoint(UnitOfWork<T> work) {
    RunningUnit unit = running.get();
    if (unit == null) {
      throw new IllegalStateException("a savepoint needs a running unit of work on this thread");
    }
    int savepoint = unit.savepoint();
    try {
      return work.run();
    } catch (RuntimeException | Error failure) {
      unit.rollbackTo(savepoint);
      throw failure;
    }
  }

  Tables tables() {
    return tables;
  }

  /** Whether a read-only unit could start within {@code timeout}: the store answers. */
  boolean answersWithin(Duration timeout) {
    Lock read = lock.readLock();
    try {
      if (!read.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    read.unlock();
    return true;
  }

  int unitsRunning() {
    return unitsRunning.get();
  }

  /** An estimate, as the lock gives it: the threads waiting for their unit to start. */
  int unitsWaiting() {
    return lock.getQueueLength();
  }

  private RunningUnit runningUnit() {
    RunningUnit unit = running.get();
    if (unit == null) {
      throw new IllegalStateException(
          "the in-memory store was used outside a unit of work; run it inside Transactions");
    }
    return unit;
  }

  private <T> T run(boolean readOnly, UnitOfWork<T> work) {
    if (running.get() != null) {
      return work.run();
    }
    Lock turn = readOnly ? lock.readLock() : lock.writeLock();
    awaitTurn(turn);
    RunningUnit unit = new RunningUnit(readOnly);
    running.set(unit);
    unitsRunning.incrementAndGet();
    try {
      return work.run();
    } catch (RuntimeException | Error failure) {
      unit.rollback();
      throw failure;
    } finally {
      unitsRunning.decrementAndGet();
      running.remove();
      turn.unlock();
    }
  }

  private void awaitTurn(Lock turn) {
    try {
      if (turn.tryLock(waitLimit.toNanos(), TimeUnit.NANOSECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("Interrupted while waiting for the store.", RETRY_AFTER, e);
    }
    throw new Unavailable(
        "The store is busy: no unit of work could start in time.", RETRY_AFTER, null);
  }
}
