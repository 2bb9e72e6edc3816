package dev.pindex.web;

import dev.pindex.domain.model.Page;
import dev.pindex.domain.port.in.ListDatedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

/** A date-keyed series in memory, paged as the repositories page it, for the fakes. */
final class DatedSeries<T> {

  final NavigableMap<LocalDate, T> stored = new TreeMap<>();
  ListDatedQuery lastQuery;

  private final Function<T, LocalDate> dateOf;

  DatedSeries(Function<T, LocalDate> dateOf) {
    this.dateOf = dateOf;
  }

  void add(T value) {
    stored.put(dateOf.apply(value), value);
  }

  Page<T> page(ListDatedQuery query) {
    lastQuery = query;
    LocalDate from = query.after().map(d -> d.plusDays(1)).orElse(query.range().from());
    List<T> rows =
        stored.subMap(from, true, query.range().to(), true).values().stream()
            .filter(v -> !dateOf.apply(v).isBefore(query.range().from()))
            .limit(query.limit().value() + 1L)
            .toList();
    return Page.fromOverfetch(rows, query.limit().value());
  }

  /** Stores the rows; how many replaced a stored date. */
  long upsert(List<T> rows) {
    long updated = rows.stream().filter(v -> stored.containsKey(dateOf.apply(v))).count();
    rows.forEach(this::add);
    return updated;
  }
}
