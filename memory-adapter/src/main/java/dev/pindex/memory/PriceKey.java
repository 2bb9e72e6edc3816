package dev.pindex.memory;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The prices table's key, (asset, date), ordered so that one asset's prices lie together by date.
 */
record PriceKey(long assetId, LocalDate date) implements Comparable<PriceKey> {

  private static final Comparator<PriceKey> ORDER =
      Comparator.comparingLong(PriceKey::assetId).thenComparing(PriceKey::date);

  /** The first and last keys an asset's prices can have. */
  static PriceKey first(long assetId) {
    return new PriceKey(assetId, LocalDate.MIN);
  }

  static PriceKey last(long assetId) {
    return new PriceKey(assetId, LocalDate.MAX);
  }

  @Override
  public int compareTo(PriceKey other) {
    return ORDER.compare(this, other);
  }
}
