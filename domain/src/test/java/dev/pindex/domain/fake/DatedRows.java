package dev.pindex.domain.fake;

import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** A date-keyed series held in memory: what the fakes of the dated repositories share. */
final class DatedRows<T> {

  private final Function<T, LocalDate> dateOf;
  private final TreeMap<LocalDate, T> byDate = new TreeMap<>();

  DatedRows(Function<T, LocalDate> dateOf) {
    this.dateOf = dateOf;
  }

  /** Rows in the range by date ascending, starting after {@code after}, as the ports page them. */
  Page<T> findRange(DateRange range, Optional<LocalDate> after, PageLimit limit) {
    NavigableMap<LocalDate, T> inRange = byDate.subMap(range.from(), true, range.to(), true);
    if (after.isPresent()) {
      inRange = inRange.tailMap(after.get(), false);
    }
    List<T> rows = inRange.values().stream().limit(limit.value() + 1L).toList();
    return Page.fromOverfetch(rows, limit.value());
  }

  /** Stores the row over any of its date; true when the date was new. */
  boolean put(T row) {
    return byDate.put(dateOf.apply(row), row) == null;
  }

  Optional<T> newest() {
    return Optional.ofNullable(byDate.lastEntry()).map(Map.Entry::getValue);
  }

  List<T> all() {
    return List.copyOf(byDate.values());
  }
}
