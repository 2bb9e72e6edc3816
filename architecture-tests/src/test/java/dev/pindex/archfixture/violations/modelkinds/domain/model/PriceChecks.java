package dev.pindex.archfixture.violations.modelkinds.domain.model;

/** Static checks, but anyone in the package can make one: an instance with nothing to be. */
final class PriceChecks {
  static boolean positive(long close) {
    return close > 0;
  }
}
