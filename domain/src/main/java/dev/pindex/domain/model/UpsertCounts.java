package dev.pindex.domain.model;

/** What a bulk upsert did: rows received, and of them how many were new and how many replaced. */
public record UpsertCounts(long received, long inserted, long updated) {

  public UpsertCounts {
    if (received < 0 || inserted < 0 || updated < 0 || inserted + updated > received) {
      throw new IllegalArgumentException("counts must be >= 0 and inserted + updated <= received");
    }
  }
}
