package dev.pindex.memory;

import dev.pindex.domain.model.DatabaseStatus;
import dev.pindex.domain.port.out.DatabaseHealth;
import java.time.Duration;
import java.util.Objects;

/**
 * Readiness of the in-memory store: up when a read-only unit of work could start within {@code
 * timeout}. It cannot be unreachable, but a read-write unit that holds it longer than that makes it
 * as unready as a database that does not answer.
 */
public final class InMemoryDatabaseHealth implements DatabaseHealth {

  private final InMemoryTransactions store;
  private final Duration timeout;

  public InMemoryDatabaseHealth(InMemoryTransactions store, Duration timeout) {
    this.store = Objects.requireNonNull(store, "store");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
  }

  @Override
  public DatabaseStatus check() {
    long startedNanos = System.nanoTime();
    boolean answered = store.answersWithin(timeout);
    Duration latency = Duration.ofNanos(System.nanoTime() - startedNanos);
    return answered ? DatabaseStatus.up(latency) : DatabaseStatus.down(latency);
  }
}
