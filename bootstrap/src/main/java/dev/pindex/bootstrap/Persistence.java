package dev.pindex.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.zaxxer.hikari.HikariDataSource;
import dev.pindex.domain.port.out.AllocationRepository;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.DatabaseHealth;
import dev.pindex.domain.port.out.IndexValueRepository;
import dev.pindex.domain.port.out.PoolStats;
import dev.pindex.domain.port.out.PriceRepository;
import dev.pindex.domain.port.out.RiskMetricsRepository;
import dev.pindex.domain.port.out.StrategyRepository;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UserRepository;
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
import dev.pindex.persistence.ConnectionSettings;
import dev.pindex.persistence.HikariDataSourceFactory;
import dev.pindex.persistence.HikariPoolStats;
import dev.pindex.persistence.JdbcDatabaseHealth;
import dev.pindex.persistence.LiquibaseMigrations;
import dev.pindex.persistence.MyBatisAllocationRepository;
import dev.pindex.persistence.MyBatisAssetRepository;
import dev.pindex.persistence.MyBatisIndexValueRepository;
import dev.pindex.persistence.MyBatisPriceRepository;
import dev.pindex.persistence.MyBatisRiskMetricsRepository;
import dev.pindex.persistence.MyBatisStrategyRepository;
import dev.pindex.persistence.MyBatisTransactions;
import dev.pindex.persistence.MyBatisUserRepository;
import dev.pindex.persistence.RetryPolicy;
import java.time.Duration;
import java.util.function.BiConsumer;

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
   * PostgreSQL through MyBatis: {@code DATABASE_URL}'s database, or the embedded one, behind the
   * profile's pool, migrated before use. What must be closed on shutdown is handed to {@code
   * onClose} by name, in the order it was started.
   */
  static Persistence postgres(
      AppConfig config, MetricRegistry metrics, BiConsumer<String, Runnable> onClose) {
    ConnectionSettings connection = connection(config, onClose);
    HikariDataSource dataSource =
        HikariDataSourceFactory.create(connection, config.pool(), "pindex", metrics);
    onClose.accept("connection pool", dataSource::close);
    new LiquibaseMigrations(dataSource).migrate();
    var transactions = new MyBatisTransactions(dataSource, RetryPolicy.defaults(), metrics);
    return new Persistence(
        transactions,
        new MyBatisUserRepository(transactions),
        new MyBatisAssetRepository(transactions),
        new MyBatisPriceRepository(transactions),
        new MyBatisIndexValueRepository(transactions),
        new MyBatisRiskMetricsRepository(transactions),
        new MyBatisAllocationRepository(transactions),
        new MyBatisStrategyRepository(transactions),
        new JdbcDatabaseHealth(dataSource, READINESS_TIMEOUT),
        new HikariPoolStats(dataSource));
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

  private static ConnectionSettings connection(
      AppConfig config, BiConsumer<String, Runnable> onClose) {
    if (config.database().isPresent()) {
      DatabaseUrl url = config.database().get();
      return new ConnectionSettings(url.jdbcUrl(), url.username(), url.password());
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.start(config.dataDir());
    onClose.accept("embedded PostgreSQL", embedded::close);
    return new ConnectionSettings(embedded.jdbcUrl(), embedded.username(), null);
  }
}
