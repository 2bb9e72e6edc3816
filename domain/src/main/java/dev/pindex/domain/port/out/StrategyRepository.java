package dev.pindex.domain.port.out;

import dev.pindex.domain.model.Strategy;
import dev.pindex.domain.model.StrategySettings;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Strategies are always reached through their owner: another user's look absent. */
public interface StrategyRepository {

  /** The owner's strategies ordered by id. */
  List<Strategy> listByOwner(long userId);

  /** {@code Conflict} when the owner already has a strategy with this name. */
  Strategy create(long userId, StrategySettings settings);

  Optional<Strategy> find(long userId, long strategyId);

  /**
   * The updated strategy (version + 1), or empty when the owner has no such strategy. When {@code
   * expectedVersion} is given and differs from the stored one: {@code PreconditionFailed}. A name
   * taken by another of the owner's strategies: {@code Conflict}.
   */
  Optional<Strategy> update(
      long userId, long strategyId, OptionalInt expectedVersion, StrategySettings settings);

  /** {@code NotFound} when the owner has no such strategy. */
  void delete(long userId, long strategyId);
}
