package dev.pindex.domain.fake;

import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.PreconditionFailed;
import dev.pindex.domain.model.Strategy;
import dev.pindex.domain.model.StrategySettings;
import dev.pindex.domain.port.out.StrategyRepository;
import dev.pindex.domain.testdata.TestData;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

public final class FakeStrategyRepository implements StrategyRepository {

  private final FakeTransactions transactions;
  private final TreeMap<Long, Strategy> byId = new TreeMap<>();
  private long lastId;

  public FakeStrategyRepository(FakeTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public List<Strategy> listByOwner(long userId) {
    transactions.read("strategies.listByOwner");
    return ownedBy(userId);
  }

  @Override
  public Strategy create(long userId, StrategySettings settings) {
    transactions.write("strategies.create");
    return seed(userId, settings);
  }

  @Override
  public Optional<Strategy> find(long userId, long strategyId) {
    transactions.read("strategies.find");
    return owned(userId, strategyId);
  }

  @Override
  public Optional<Strategy> update(
      long userId, long strategyId, OptionalInt expectedVersion, StrategySettings settings) {
    transactions.write("strategies.update");
    return owned(userId, strategyId).map(current -> replace(current, expectedVersion, settings));
  }

  @Override
  public void delete(long userId, long strategyId) {
    transactions.write("strategies.delete");
    if (owned(userId, strategyId).isEmpty()) {
      throw new NotFound("No strategy with id " + strategyId + ".");
    }
    byId.remove(strategyId);
  }

  /** Test setup, outside any unit of work. */
  public Strategy seed(long userId, StrategySettings settings) {
    requireNameFree(userId, 0, settings.name());
    Strategy strategy = new Strategy(++lastId, userId, settings, 1, TestData.NOW, TestData.NOW);
    byId.put(strategy.id(), strategy);
    return strategy;
  }

  /** Test inspection, outside any unit of work. */
  public Optional<Strategy> stored(long strategyId) {
    return Optional.ofNullable(byId.get(strategyId));
  }

  private Strategy replace(
      Strategy current, OptionalInt expectedVersion, StrategySettings settings) {
    if (expectedVersion.isPresent() && expectedVersion.getAsInt() != current.version()) {
      throw new PreconditionFailed("The strategy has changed since it was read.");
    }
    requireNameFree(current.userId(), current.id(), settings.name());
    Strategy updated =
        new Strategy(
            current.id(),
            current.userId(),
            settings,
            current.version() + 1,
            current.createdAt(),
            TestData.NOW);
    byId.put(updated.id(), updated);
    return updated;
  }

  private void requireNameFree(long userId, long exceptId, String name) {
    if (ownedBy(userId).stream()
        .anyMatch(s -> s.id() != exceptId && s.settings().name().equals(name))) {
      throw new Conflict("You already have a strategy named " + name + ".");
    }
  }

  private List<Strategy> ownedBy(long userId) {
    return byId.values().stream().filter(strategy -> strategy.userId() == userId).toList();
  }

  private Optional<Strategy> owned(long userId, long strategyId) {
    return Optional.ofNullable(byId.get(strategyId)).filter(s -> s.userId() == userId);
  }
}
