package dev.pindex.memory;

import dev.pindex.domain.model.AllocationTarget;
import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.RiskMetrics;
import dev.pindex.domain.model.Strategy;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.model.UserCredentials;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The store's tables, each keyed as the schema's primary key or unique index, and its id sequences.
 * Like PostgreSQL's identity columns, a sequence never hands out an id twice, not even after the
 * unit that took it rolled back.
 */
final class Tables {

  final Table<Long, UserCredentials> users;

  /**
   * The unique index on the lower-cased e-mail: {@link dev.pindex.domain.model.Email#normalized}.
   */
  final Table<String, Long> userIdsByEmail;

  /**
   * By symbol in {@link Symbol#compareTo} order, which for symbols (ASCII only) is their byte
   * order: the order PostgreSQL's "C" collation gives the symbol column.
   */
  final Table<Symbol, Asset> assets;

  final Table<PriceKey, Price> prices;
  final Table<LocalDate, IndexValue> indexValues;
  final Table<LocalDate, RiskMetrics> riskMetrics;

  /** Each date's weights as they were set; the assets' ids and names are joined when read. */
  final Table<LocalDate, List<AllocationTarget>> allocations;

  final Table<Long, Strategy> strategies;

  private final Supplier<RunningUnit> runningUnit;
  private final AtomicLong userIds = new AtomicLong();
  private final AtomicLong assetIds = new AtomicLong();
  private final AtomicLong strategyIds = new AtomicLong();

  Tables(Supplier<RunningUnit> runningUnit) {
    this.runningUnit = runningUnit;
    this.users = new Table<>(runningUnit);
    this.userIdsByEmail = new Table<>(runningUnit);
    this.assets = new Table<>(runningUnit);
    this.prices = new Table<>(runningUnit);
    this.indexValues = new Table<>(runningUnit);
    this.riskMetrics = new Table<>(runningUnit);
    this.allocations = new Table<>(runningUnit);
    this.strategies = new Table<>(runningUnit);
  }

  /** The running unit's time, which every row it writes gets, like PostgreSQL's now(). */
  Instant now() {
    return runningUnit.get().startedAt();
  }

  long nextUserId() {
    return userIds.incrementAndGet();
  }

  long nextAssetId() {
    return assetIds.incrementAndGet();
  }

  long nextStrategyId() {
    return strategyIds.incrementAndGet();
  }
}
