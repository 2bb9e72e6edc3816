package dev.pindex.domain.model;

import java.time.Instant;
import java.util.Objects;

/** A user's strategy configuration; {@code version} grows by one with every change. */
public record Strategy(
    long id,
    long userId,
    StrategySettings settings,
    int version,
    Instant createdAt,
    Instant updatedAt) {

  public Strategy {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
  }
}
