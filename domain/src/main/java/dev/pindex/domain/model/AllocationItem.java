package dev.pindex.domain.model;

import java.util.Objects;

/** One asset's weight in a stored allocation, with the asset's name for display. */
public record AllocationItem(Symbol symbol, long assetId, String name, Weight weight) {

  public AllocationItem {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(weight, "weight");
  }
}
