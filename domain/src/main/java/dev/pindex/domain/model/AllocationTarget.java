package dev.pindex.domain.model;

import java.util.Objects;

/** A weight to set for one asset, by symbol. */
public record AllocationTarget(Symbol symbol, Weight weight) {

  public AllocationTarget {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(weight, "weight");
  }
}
