package dev.pindex.memory;

import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.PreconditionFailed;
import dev.pindex.domain.model.Strategy;
import dev.pindex.domain.model.StrategySettings;
import dev.pindex.domain.port.out.StrategyRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Strategies in memory, in the caller's unit of work, always reached through their owner, with
 * optimistic locking on their version and names unique per owner.
 */
public final class InMemoryStrategyRepository implements StrategyRepository {

  private final Tables tables;

  public InMemoryStrategyRepository(InMemoryTransactions transactions) {
    this.tables = transactions.tables();
  }

  @Override
  public List<Strategy> listByOwner(long userId) {
    return tables.strategies.rows().values().stream()
        .filter(strategy -> strategy.userId() == userId)
        .toList();
  }

  @Override
  public Strategy create(long userId, StrategySettings settings) {
    if (tables.users.get(userId).isEmpty()) {
      throw new Conflict("The account no longer exists.");
    }
    if (ownersStrategyNamed(userId, settings.name()).isPresent()) {
      throw new Conflict("You already have a strategy named " + settings.name() + ".");
    }
    Instant now = tables.now();
    Strategy strategy = new Strategy(tables.nextStrategyId(), userId, settings, 1, now, now);
    tables.strategies.put(strategy.id(), strategy);
    return strategy;
  }

  @Override
  public Optional<Strategy> find(long userId, long strategyId) {
    return tables.strategies.get(strategyId).filter(strategy -> strategy.userId() == userId);
  }

  @Override
  public Optional<Strategy> update(
      long userId, long strategyId, OptionalInt expectedVersion, StrategySettings settings) {
    return find(userId, strategyId).map(current -> replace(current, expectedVersion, settings));
  }

  /** The version is checked before the name, as the SQL update's WHERE clause does. */
  private Strategy replace(
      Strategy current, OptionalInt expectedVersion, StrategySettings settings) {
    if (expectedVersion.isPresent() && expectedVersion.getAsInt() != current.version()) {
      throw new PreconditionFailed(
          "The strategy changed: its version is now " + current.version() + ".");
    }
    if (ownersStrategyNamed(current.userId(), settings.name())
        .filter(other -> other.id() != current.id())
        .isPresent()) {
      throw new Conflict("You already have a strategy with this name.");
    }
    Strategy updated =
        new Strategy(
            current.id(),
            current.userId(),
            settings,
            current.version() + 1,
            current.createdAt(),
            tables.now());
    tables.strategies.put(updated.id(), updated);
    return updated;
  }

  @Override
  public void delete(long userId, long strategyId) {
    find(userId, strategyId)
        .orElseThrow(() -> new NotFound("You have no strategy " + strategyId + "."));
    tables.strategies.remove(strategyId);
  }

  private Optional<Strategy> ownersStrategyNamed(long userId, String name) {
    return listByOwner(userId).stream()
        .filter(strategy -> strategy.settings().name().equals(name))
        .findFirst();
  }
}
