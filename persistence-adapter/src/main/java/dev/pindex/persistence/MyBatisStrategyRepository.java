package dev.pindex.persistence;

import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.FactorWeights;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.PreconditionFailed;
import dev.pindex.domain.model.RebalanceFrequency;
import dev.pindex.domain.model.Strategy;
import dev.pindex.domain.model.StrategySettings;
import dev.pindex.domain.model.Weight;
import dev.pindex.domain.port.out.StrategyRepository;
import dev.pindex.persistence.mapper.StrategyMapper;
import dev.pindex.persistence.mapper.StrategyRow;
import dev.pindex.persistence.mapper.StrategyValues;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Strategies in PostgreSQL, in the caller's unit of work, always reached through their owner, with
 * optimistic locking on their version.
 */
public final class MyBatisStrategyRepository implements StrategyRepository {

  private final StrategyMapper mapper;

  public MyBatisStrategyRepository(MyBatisTransactions transactions) {
    this.mapper = transactions.mapper(StrategyMapper.class);
  }

  @Override
  public List<Strategy> listByOwner(long userId) {
    return mapper.listByOwner(userId).stream().map(MyBatisStrategyRepository::toStrategy).toList();
  }

  @Override
  public Strategy create(long userId, StrategySettings settings) {
    return mapper
        .insert(userId, toValues(settings))
        .map(MyBatisStrategyRepository::toStrategy)
        .orElseThrow(
            () -> new Conflict("You already have a strategy named " + settings.name() + "."));
  }

  @Override
  public Optional<Strategy> find(long userId, long strategyId) {
    return mapper.find(userId, strategyId).map(MyBatisStrategyRepository::toStrategy);
  }

  @Override
  public Optional<Strategy> update(
      long userId, long strategyId, OptionalInt expectedVersion, StrategySettings settings) {
    Integer expected = expectedVersion.isPresent() ? expectedVersion.getAsInt() : null;
    Optional<StrategyRow> updated = mapper.update(userId, strategyId, expected, toValues(settings));
    if (updated.isPresent()) {
      return updated.map(MyBatisStrategyRepository::toStrategy);
    }
    // nothing matched: either the owner has no such strategy, or its version moved on
    Optional<StrategyRow> current = mapper.find(userId, strategyId);
    if (current.isPresent()) {
      throw new PreconditionFailed(
          "The strategy changed: its version is now " + current.get().version() + ".");
    }
    return Optional.empty();
  }

  @Override
  public void delete(long userId, long strategyId) {
    if (mapper.delete(userId, strategyId) == 0) {
      throw new NotFound("You have no strategy " + strategyId + ".");
    }
  }

  private static StrategyValues toValues(StrategySettings settings) {
    FactorWeights weights = settings.factorWeights();
    return new StrategyValues(
        settings.name(),
        weights.momentum().value(),
        weights.value().value(),
        weights.quality().value(),
        weights.lowVolatility().value(),
        settings.maxPositionWeight().value(),
        settings.rebalanceFrequency().id());
  }

  private static Strategy toStrategy(StrategyRow row) {
    StrategyValues values = row.values();
    StrategySettings settings =
        new StrategySettings(
            values.name(),
            new FactorWeights(
                new Weight(values.momentumWeight()),
                new Weight(values.valueWeight()),
                new Weight(values.qualityWeight()),
                new Weight(values.lowVolatilityWeight())),
            new Weight(values.maxPositionWeight()),
            RebalanceFrequency.fromId(values.rebalanceFrequency()));
    return new Strategy(
        row.id(), row.userId(), settings, row.version(), row.createdAt(), row.updatedAt());
  }
}
