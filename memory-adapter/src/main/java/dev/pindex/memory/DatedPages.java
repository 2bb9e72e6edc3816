package dev.pindex.memory;

import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Keyset pages over rows ordered by date, read as the SQL adapter reads them: keys from {@code
 * from} to {@code to} inclusive, after {@code after} when given, one row more than the page holds
 * to tell whether another page follows.
 */
final class DatedPages {

  private DatedPages() {}

  static <K extends Comparable<? super K>, V> Page<V> page(
      NavigableMap<K, V> rows, K from, K to, Optional<K> after, PageLimit limit) {
    boolean continues = after.isPresent() && after.get().compareTo(from) >= 0;
    K start = continues ? after.get() : from;
    // a map refuses a range that ends before it starts; such a range holds no rows
    if (start.compareTo(to) > 0) {
      return Page.empty();
    }
    List<V> overfetched =
        rows.subMap(start, !continues, to, true).values().stream()
            .limit(limit.value() + 1L)
            .toList();
    return Page.fromOverfetch(overfetched, limit.value());
  }
}
