package dev.pindex.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.zaxxer.hikari.HikariDataSource;
import dev.pindex.domain.port.out.AllocationRepository;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.DatabaseHealth;
import dev.pindex.domain.port.out.IndexValueRepository;
import dev.pindex.domain.port.out.PasswordHasher;
import dev.pindex.domain.port.out.PoolStats;
import dev.pindex.domain.port.out.PriceRepository;
import dev.pindex.domain.port.out.RiskMetricsRepository;
import dev.pindex.domain.port.out.StrategyRepository;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UserRepository;
import dev.pindex.domain.service.DemoDataService;
import dev.pindex.domain.service.UserService;
import dev.pindex.memory.InMemoryAllocationRepository;
import dev.pindex.memory.InMemoryAssetRepository;
import dev.pindex.memory.InMemoryDatabaseHealth;
import dev.pindex.memory.InMemoryIndexValueRepository;
import dev.pindex.memory.InMemoryPoolStats;
import dev.pindex.memory.InMemoryPriceRepository;
import dev.pindex.memory.InMemoryRiskMetricsRepository;
import dev.pindex.memory.InMemoryStrategyRepository;
import dev.pindex.memory.InMemoryTransactions;
import dev.pindex.memory.InMemoryUserRepository;
import dev.pindex.persistence.HikariPoolStats;
import dev.pindex.persistence.JdbcDatabaseHealth;
import dev.pindex.persistence.MyBatisAllocationRepository;
import dev.pindex.persistence.MyBatisAssetRepository;
import dev.pindex.persistence.MyBatisIndexValueRepository;
import dev.pindex.persistence.MyBatisPriceRepository;
import dev.pindex.persistence.MyBatisRiskMetricsRepository;
import dev.pindex.persistence.MyBatisStrategyRepository;
import dev.pindex.persistence.MyBatisTransactions;
import dev.pindex.persistence.MyBatisUserRepository;
import dev.pindex.persistence.RetryPolicy;
import dev.pindex.persistence.StatementLogging;
import java.time.Duration;

/**
 * Every out-port the use cases need, served by one persistence adapter: the rest of the wiring
 * takes these ports and never learns which adapter it got.
 */
record Persistence(
    Transactions transactions,
    UserRepository users,
    AssetRepository assets,
    PriceRepository prices,
    IndexValueRepository indexValues,
    RiskMetricsRepository riskMetrics,
    AllocationRepository allocations,
    StrategyRepository strategies,
    DatabaseHealth health,
    PoolStats poolStats) {

  /** The longest a readiness probe waits for the store (API.md: at most 2 s). */
  private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(2);

  /**
   * PostgreSQL through MyBatis over an open, migrated pool; closing the pool stays with whoever
   * opened it.
   */
  static Persistence postgres(
      HikariDataSource pool, MetricRegistry metrics, StatementLogging logging) {
    var transactions = new MyBatisTransactions(pool, RetryPolicy.defaults(), metrics, logging);
    return new Persistence(
        transactions,
        new MyBatisUserRepository(transactions),
        new MyBatisAssetRepository(transactions),
        new MyBatisPriceRepository(transactions),
        new MyBatisIndexValueRepository(transactions),
        new MyBatisRiskMetricsRepository(transactions),
        new MyBatisAllocationRepository(transactions),
        new MyBatisStrategyRepository(transactions),
        new JdbcDatabaseHealth(pool, READINESS_TIMEOUT),
        new HikariPoolStats(pool));
  }

  /** A store in the process's memory: nothing to start, migrate or close. */
  static Persistence inMemory() {
    var transactions = new InMemoryTransactions();
    return new Persistence(
        transactions,
        new InMemoryUserRepository(transactions),
        new InMemoryAssetRepository(transactions),
        new InMemoryPriceRepository(transactions),
        new InMemoryIndexValueRepository(transactions),
        new InMemoryRiskMetricsRepository(transactions),
        new InMemoryAllocationRepository(transactions),
        new InMemoryStrategyRepository(transactions),
        new InMemoryDatabaseHealth(transactions, READINESS_TIMEOUT),
        new InMemoryPoolStats(transactions));
  }

  UserService accounts(PasswordHasher hasher) {
    return new UserService(transactions, users, hasher);
  }

  DemoDataService demoData() {
    return new DemoDataService(transactions, assets, prices, allocations, indexValues, riskMetrics);
  }
}
