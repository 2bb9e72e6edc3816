package dev.pindex.web.dto;

import java.util.List;

/** One page of a collection; {@code next_cursor} is null on the last page. */
public record PageJson<T>(List<T> items, String nextCursor) {}
