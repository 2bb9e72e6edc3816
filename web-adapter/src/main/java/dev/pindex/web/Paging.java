package dev.pindex.web;

import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.port.in.ListDatedQuery;
import dev.pindex.web.dto.PageJson;
import dev.pindex.web.dto.WireDates;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keyset pagination of one collection over HTTP: reads {@code limit} and {@code cursor}, and
 * answers {@code {items, next_cursor}} whose cursor carries the last item's key.
 */
final class Paging<K> {

  static final String LIMIT = "limit";
  static final String CURSOR = "cursor";

  private final CursorCodec cursors;
  private final String collection;
  private final int defaultLimit;
  private final int maxLimit;
  private final Function<K, String> keyToText;
  private final Function<String, K> textToKey;

  private Paging(
      CursorCodec cursors,
      String collection,
      int defaultLimit,
      int maxLimit,
      Function<K, String> keyToText,
      Function<String, K> textToKey) {
    this.cursors = cursors;
    this.collection = collection;
    this.defaultLimit = defaultLimit;
    this.maxLimit = maxLimit;
    this.keyToText = keyToText;
    this.textToKey = textToKey;
  }

  /** Ordered by symbol, with the API's usual limits. */
  static Paging<Symbol> bySymbol(CursorCodec cursors, String collection) {
    return new Paging<>(
        cursors, collection, Page.DEFAULT_LIMIT, Page.MAX_LIMIT, Symbol::value, Symbol::new);
  }

  /** Ordered by date, ascending. */
  static Paging<LocalDate> byDate(
      CursorCodec cursors, String collection, int defaultLimit, int maxLimit) {
    return new Paging<>(
        cursors, collection, defaultLimit, maxLimit, LocalDate::toString, WireDates::parse);
  }

  /** A page of a date-keyed series: {@code from}, {@code to}, {@code cursor}, {@code limit}. */
  static ListDatedQuery datedQuery(Context ctx, Paging<LocalDate> paging) {
    return new ListDatedQuery(RequestParams.queryRange(ctx), paging.after(ctx), paging.limit(ctx));
  }

  PageLimit limit(Context ctx) {
    Integer requested = RequestParams.queryInteger(ctx, LIMIT).orElse(null);
    return RequestParams.valid(() -> PageLimit.of(requested, defaultLimit, maxLimit));
  }

  /** The key the page starts after; empty for the first page. */
  Optional<K> after(Context ctx) {
    return RequestParams.query(ctx, CURSOR)
        .map(cursor -> cursors.decode(collection, cursor))
        .map(key -> RequestParams.valid(() -> textToKey.apply(key)));
  }

  <T, R> PageJson<R> answer(Page<T> page, Function<T, K> keyOf, Function<T, R> toJson) {
    String next =
        page.hasMore() && !page.items().isEmpty()
            ? cursors.encode(
                collection, keyToText.apply(keyOf.apply(page.items().get(page.items().size() - 1))))
            : null;
    return new PageJson<>(page.items().stream().map(toJson).toList(), next);
  }
}
