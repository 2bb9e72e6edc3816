package dev.pindex.memory;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Rows ordered by key, read and written only inside a unit of work of the calling thread. Every
 * write leaves its undo step in that unit; a read-only unit cannot write at all. The units' locks
 * (see {@link InMemoryTransactions}) keep a writer alone with the tables, so the plain map needs no
 * synchronisation of its own.
 */
final class Table<K, V> {

  private final NavigableMap<K, V> rows = new TreeMap<>();
  private final Supplier<RunningUnit> runningUnit;

  Table(Supplier<RunningUnit> runningUnit) {
    this.runningUnit = runningUnit;
  }

  Optional<V> get(K key) {
    requireUnit();
    return Optional.ofNullable(rows.get(key));
  }

  /**
   * The rows in key order, for reading inside the running unit only: the view follows later writes,
   * so what leaves the unit must be copied.
   */
  NavigableMap<K, V> rows() {
    requireUnit();
    return Collections.unmodifiableNavigableMap(rows);
  }

  /** Stores the row under its key; the row it replaced, if any. */
  Optional<V> put(K key, V value) {
    RunningUnit unit = runningUnit.get().writable();
    V replaced = rows.put(key, value);
    unit.onRollback(() -> restore(key, replaced));
    return Optional.ofNullable(replaced);
  }

  void remove(K key) {
    RunningUnit unit = runningUnit.get().writable();
    V removed = rows.remove(key);
    unit.onRollback(() -> restore(key, removed));
  }

  // the supplier fails outside a unit of work, as a MyBatis mapper called outside a session does
  private void requireUnit() {
    runningUnit.get();
  }

  private void restore(K key, V value) {
    if (value == null) {
      rows.remove(key);
    } else {
      rows.put(key, value);
    }
  }
}
