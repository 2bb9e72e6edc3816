package dev.pindex.domain.model;

/** How many items a page may hold: 1 up to the collection's maximum. */
public record PageLimit(int value) {

  public PageLimit {
    if (value < 1) {
      throw ValidationFailed.of(Violation.ofField("limit", "must be at least 1"));
    }
  }

  public static PageLimit of(Integer requested, int defaultLimit, int maxLimit) {
    int value = requested == null ? defaultLimit : requested;
    if (value < 1 || value > maxLimit) {
      throw ValidationFailed.of(Violation.ofField("limit", "must lie between 1 and " + maxLimit));
    }
    return new PageLimit(value);
  }
}
