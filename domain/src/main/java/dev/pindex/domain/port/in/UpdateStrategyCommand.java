package dev.pindex.domain.port.in;

import dev.pindex.domain.model.StrategySettings;
import java.util.Objects;
import java.util.OptionalInt;

/** {@code expectedVersion} comes from {@code If-Match}; empty means update unconditionally. */
public record UpdateStrategyCommand(
    long strategyId, OptionalInt expectedVersion, StrategySettings settings) {

  public UpdateStrategyCommand {
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    Objects.requireNonNull(settings, "settings");
  }
}
