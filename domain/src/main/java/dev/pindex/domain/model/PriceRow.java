package dev.pindex.domain.model;

import java.util.Objects;

/** A row of a bulk price load: which asset, and its price that day. */
public record PriceRow(Symbol symbol, Price price) {

  public PriceRow {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(price, "price");
  }
}
