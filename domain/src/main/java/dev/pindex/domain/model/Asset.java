package dev.pindex.domain.model;

import java.time.Instant;
import java.util.Objects;

public record Asset(
    long id, Symbol symbol, AssetDetails details, Instant createdAt, Instant updatedAt) {

  public Asset {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
