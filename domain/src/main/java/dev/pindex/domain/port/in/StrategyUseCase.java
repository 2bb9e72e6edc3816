package dev.pindex.domain.port.in;

import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.Strategy;
import dev.pindex.domain.model.StrategySettings;
import java.util.List;

/** A user's own strategy configurations; another user's answer {@code NotFound}. */
public interface StrategyUseCase {

  List<Strategy> list(Caller caller);

  /** {@code Conflict} when the caller already has one with this name. */
  Strategy create(Caller caller, StrategySettings settings);

  Strategy get(Caller caller, long strategyId);

  /** {@code PreconditionFailed} when the command's expected version is stale. */
  Strategy update(Caller caller, UpdateStrategyCommand command);

  void delete(Caller caller, long strategyId);
}
