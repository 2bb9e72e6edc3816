package dev.pindex.web.dto;

import dev.pindex.domain.model.UpsertCounts;

/** What a bulk load did. */
public record UpsertCountsJson(long received, long inserted, long updated) {

  public static UpsertCountsJson from(UpsertCounts counts) {
    return new UpsertCountsJson(counts.received(), counts.inserted(), counts.updated());
  }
}
