package dev.pindex.domain.service;

import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Strategy;
import dev.pindex.domain.model.StrategySettings;
import dev.pindex.domain.port.in.StrategyUseCase;
import dev.pindex.domain.port.in.UpdateStrategyCommand;
import dev.pindex.domain.port.out.StrategyRepository;
import dev.pindex.domain.port.out.Transactions;
import java.util.List;
import java.util.Objects;

/**
 * A user's own strategies. Every repository call is scoped to the caller, so another user's
 * strategy is absent, never forbidden: its existence is not revealed. Writes are not retried: a
 * repeated create answers 409, a repeated update bumps the version again (or answers 412), a
 * repeated delete answers 404.
 */
public final class StrategyService implements StrategyUseCase {

  private final Transactions transactions;
  private final StrategyRepository strategies;

  public StrategyService(Transactions transactions, StrategyRepository strategies) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.strategies = Objects.requireNonNull(strategies, "strategies");
  }

  @Override
  public List<Strategy> list(Caller caller) {
    return transactions.readOnly(() -> strategies.listByOwner(caller.userId()));
  }

  @Override
  public Strategy create(Caller caller, StrategySettings settings) {
    return transactions.inTransaction(() -> strategies.create(caller.userId(), settings));
  }

  @Override
  public Strategy get(Caller caller, long strategyId) {
    return transactions
        .readOnly(() -> strategies.find(caller.userId(), strategyId))
        .orElseThrow(() -> noStrategy(strategyId));
  }

  @Override
  public Strategy update(Caller caller, UpdateStrategyCommand command) {
    return transactions
        .inTransaction(
            () ->
                strategies.update(
                    caller.userId(),
                    command.strategyId(),
                    command.expectedVersion(),
                    command.settings()))
        .orElseThrow(() -> noStrategy(command.strategyId()));
  }

  @Override
  public void delete(Caller caller, long strategyId) {
    transactions.inTransaction(
        () -> {
          strategies.delete(caller.userId(), strategyId);
          return null;
        });
  }

  private static NotFound noStrategy(long strategyId) {
    return new NotFound("No strategy with id " + strategyId + ".");
  }
}
