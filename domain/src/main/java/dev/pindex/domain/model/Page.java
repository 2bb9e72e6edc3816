package dev.pindex.domain.model;

import java.util.List;

/**
 * One page of a keyset-paginated collection; {@code hasMore} tells whether a next page exists,
 * which starts after the last item's key.
 */
public record Page<T>(List<T> items, boolean hasMore) {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 1000;
  public static final int DEFAULT_PRICE_LIMIT = 1000;
  public static final int MAX_PRICE_LIMIT = 10_000;

  public Page {
    items = List.copyOf(items);
  }

  /** A page with nothing on it and nothing after it. */
  public static <T> Page<T> empty() {
    return new Page<>(List.of(), false);
  }

  /** The page from {@code limit + 1} fetched rows: the extra row only says that more exist. */
  public static <T> Page<T> fromOverfetch(List<T> rows, int limit) {
    return rows.size() > limit ? new Page<>(rows.subList(0, limit), true) : new Page<>(rows, false);
  }
}
