package dev.pindex.memory;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One all-or-nothing bulk upsert, as {@link dev.pindex.domain.port.out.PriceRepository#upsert}
 * states it: every row is read and checked first (its own problem, a reference to nothing, its key
 * twice); if any is bad, the load fails listing the first {@value #REPORTED} bad rows by number and
 * nothing is written; else every row is stored under its key and counted as new or replacing.
 * Messages are the SQL adapter's, so clients read the same refusal from either store.
 */
final class BulkLoad<K, V> {

  static final int REPORTED = 100;

  /** What one readable row becomes: a value to store under its key, or why it cannot be stored. */
  record Keyed<K, V>(K key, V value, String problem) {

    static <K, V> Keyed<K, V> of(K key, V value) {
      return new Keyed<>(key, value, null);
    }

    static <K, V> Keyed<K, V> refused(String problem) {
      return new Keyed<>(null, null, problem);
    }
  }

  private record Accepted<V>(long row, V value) {}

  private final String keyName;
  private final Map<K, Accepted<V>> accepted = new LinkedHashMap<>();
  private final List<Violation> reported = new ArrayList<>();
  private long received;
  private long bad;

  private BulkLoad(String keyName) {
    this.keyName = keyName;
  }

  /**
   * Loads {@code rows} into {@code table}; {@code keyName} names what a repeated key repeats ("the
   * date").
   */
  static <T, K, V> UpsertCounts upsert(
      Iterator<BulkRow<T>> rows,
      Function<T, Keyed<K, V>> keyed,
      String keyName,
      Table<K, V> table) {
    BulkLoad<K, V> load = new BulkLoad<>(keyName);
    rows.forEachRemaining(row -> load.read(row, keyed));
    return load.storeInto(table);
  }

  private <T> void read(BulkRow<T> row, Function<T, Keyed<K, V>> keyed) {
    received++;
    if (!row.isValid()) {
      refuse(row.number(), row.problem());
      return;
    }
    Keyed<K, V> keyedRow = keyed.apply(row.value());
    if (keyedRow.problem() != null) {
      refuse(row.number(), keyedRow.problem());
      return;
    }
    Accepted<V> first =
        accepted.putIfAbsent(keyedRow.key(), new Accepted<>(row.number(), keyedRow.value()));
    if (first != null) {
      refuse(row.number(), "repeats " + keyName + " of row " + first.row());
    }
  }

  // rows come numbered in the order they are read, so the first refused are the first by number
  private void refuse(long row, String problem) {
    bad++;
    if (reported.size() < REPORTED) {
      reported.add(Violation.ofRow(row, problem));
    }
  }

  private UpsertCounts storeInto(Table<K, V> table) {
    if (bad > 0) {
      String rows = bad == 1 ? "1 row is" : bad + " rows are";
      String listed = bad > REPORTED ? " The first " + REPORTED + " are listed." : "";
      throw new ValidationFailed(rows + " invalid, so nothing was stored." + listed, reported);
    }
    long inserted = 0;
    for (Map.Entry<K, Accepted<V>> row : accepted.entrySet()) {
      if (table.put(row.getKey(), row.getValue().value()).isEmpty()) {
        inserted++;
      }
    }
    return new UpsertCounts(received, inserted, accepted.size() - inserted);
  }
}
