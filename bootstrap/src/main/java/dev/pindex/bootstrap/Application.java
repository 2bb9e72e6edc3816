package dev.pindex.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.zaxxer.hikari.HikariDataSource;
import dev.pindex.domain.port.out.PasswordHasher;
import dev.pindex.domain.service.AllocationService;
import dev.pindex.domain.service.AssetService;
import dev.pindex.domain.service.DemoDataService;
import dev.pindex.domain.service.IndexValueService;
import dev.pindex.domain.service.PoolStatusService;
import dev.pindex.domain.service.PriceService;
import dev.pindex.domain.service.ReadinessService;
import dev.pindex.domain.service.RiskMetricsService;
import dev.pindex.domain.service.StrategyService;
import dev.pindex.domain.service.UserService;
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
import dev.pindex.security.Argon2idPasswordHasher;
import dev.pindex.web.Authenticator;
import dev.pindex.web.BearerTokens;
import dev.pindex.web.CursorCodec;
import dev.pindex.web.JavalinAdminRoutes;
import dev.pindex.web.JavalinAllocationRoutes;
import dev.pindex.web.JavalinAssetRoutes;
import dev.pindex.web.JavalinHealthRoutes;
import dev.pindex.web.JavalinIndexValueRoutes;
import dev.pindex.web.JavalinOpenApiRoutes;
import dev.pindex.web.JavalinPriceRoutes;
import dev.pindex.web.JavalinRiskMetricsRoutes;
import dev.pindex.web.JavalinStrategyRoutes;
import dev.pindex.web.JavalinTokenRoutes;
import dev.pindex.web.JavalinUserRoutes;
import dev.pindex.web.LoginAttempts;
import dev.pindex.web.WebServer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service, wired by hand from top to bottom: database, pool, schema, adapters, use
 * cases, then the two listeners. {@link #close()} undoes it in reverse: stop taking requests and
 * drain the in-flight ones, close the pool, stop the embedded database.
 */
public final class Application implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Application.class);
  private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(2);

  private final Deque<Resource> started;
  private final WebServer api;
  private final WebServer admin;

  private Application(Deque<Resource> started, WebServer api, WebServer admin) {
    this.started = started;
    this.api = api;
    this.admin = admin;
  }

  public static Application start(AppConfig config) {
    Deque<Resource> started = new ArrayDeque<>();
    try {
      // the database and its adapter
      ConnectionSettings connection = connection(config, started);
      MetricRegistry metrics = new MetricRegistry();
      HikariDataSource dataSource =
          HikariDataSourceFactory.create(connection, config.pool(), "pindex", metrics);
      started.push(new Resource("connection pool", dataSource::close));
      new LiquibaseMigrations(dataSource).migrate();
      var transactions = new MyBatisTransactions(dataSource, RetryPolicy.defaults(), metrics);
      var users = new MyBatisUserRepository(transactions);
      var assets = new MyBatisAssetRepository(transactions);
      var prices = new MyBatisPriceRepository(transactions);
      var indexValues = new MyBatisIndexValueRepository(transactions);
      var riskMetrics = new MyBatisRiskMetricsRepository(transactions);
      var allocations = new MyBatisAllocationRepository(transactions);
      var strategies = new MyBatisStrategyRepository(transactions);
      PasswordHasher hasher = new Argon2idPasswordHasher();

      // the use cases
      var readiness = new ReadinessService(new JdbcDatabaseHealth(dataSource, READINESS_TIMEOUT));
      var pool = new PoolStatusService(new HikariPoolStats(dataSource));
      var accounts = new UserService(transactions, users, hasher);
      var assetUseCase = new AssetService(transactions, assets);
      var priceUseCase = new PriceService(transactions, assets, prices);
      var indexUseCase = new IndexValueService(transactions, indexValues);
      var riskUseCase = new RiskMetricsService(transactions, riskMetrics);
      var allocationUseCase = new AllocationService(transactions, allocations);
      var strategyUseCase = new StrategyService(transactions, strategies);
      var demoData =
          new DemoDataService(transactions, assets, prices, allocations, indexValues, riskMetrics);
      prepareData(config, accounts, demoData);

      // the listeners
      Secrets secrets = config.secrets();
      if (secrets.tokenKeyGenerated()) {
        LOG.warn(
            "TOKEN_SIGNING_KEY is not set: tokens are signed with a key generated at start and"
                + " stop working when the process restarts");
      }
      var tokens = new BearerTokens(secrets.tokenKey(), secrets.tokenLifetime());
      var authenticator = new Authenticator(tokens);
      var cursors = new CursorCodec(secrets.cursorKey());
      WebServer admin =
          WebServer.start(
              listener(config.adminBind(), config.adminPort(), config),
              List.of(new JavalinAdminRoutes(pool)));
      started.push(new Resource("admin listener", admin::stop));
      WebServer api =
          WebServer.start(
              listener("0.0.0.0", config.port(), config),
              List.of(
                  new JavalinHealthRoutes(readiness),
                  new JavalinOpenApiRoutes(),
                  new JavalinUserRoutes(accounts, accounts, authenticator),
                  new JavalinTokenRoutes(accounts, tokens, new LoginAttempts(config.loginLimits())),
                  new JavalinAssetRoutes(assetUseCase, authenticator, cursors),
                  new JavalinPriceRoutes(priceUseCase, authenticator, cursors),
                  new JavalinIndexValueRoutes(indexUseCase, authenticator, cursors),
                  new JavalinAllocationRoutes(allocationUseCase, authenticator),
                  new JavalinRiskMetricsRoutes(riskUseCase, authenticator, cursors),
                  new JavalinStrategyRoutes(strategyUseCase, authenticator)));
      started.push(new Resource("API listener", api::stop));
      return new Application(started, api, admin);
    } catch (RuntimeException e) {
      closeAll(started);
      throw e;
    }
  }

  /** The start-up admin account, and the demo universe when asked for and the database is new. */
  private static void prepareData(
      AppConfig config, UserService accounts, DemoDataService demoData) {
    config
        .secrets()
        .admin()
        .ifPresent(
            account -> {
              accounts.ensureAdmin(account);
              LOG.info("admin account {} is ready", account.email().value());
            });
    if (config.demoData()) {
      demoData
          .loadIfEmpty()
          .ifPresentOrElse(
              summary -> LOG.info("demo data loaded: {}", summary),
              () -> LOG.info("demo data skipped: the database already holds assets"));
    }
  }

  private static ConnectionSettings connection(AppConfig config, Deque<Resource> started) {
    if (config.database().isPresent()) {
      DatabaseUrl url = config.database().get();
      return new ConnectionSettings(url.jdbcUrl(), url.username(), url.password());
    }
    EmbeddedDatabase embedded = EmbeddedDatabase.start(config.dataDir());
    started.push(new Resource("embedded PostgreSQL", embedded::close));
    return new ConnectionSettings(embedded.jdbcUrl(), embedded.username(), null);
  }

  private static WebServer.Settings listener(String host, int port, AppConfig config) {
    return new WebServer.Settings(
        host,
        port,
        config.maxRequestBytes(),
        config.maxBulkRequestBytes(),
        config.shutdownTimeout());
  }

  public int port() {
    return api.port();
  }

  public int adminPort() {
    return admin.port();
  }

  /** Idempotent; each step runs even when an earlier one failed. */
  @Override
  public void close() {
    closeAll(started);
  }

  private static void closeAll(Deque<Resource> started) {
    synchronized (started) {
      while (!started.isEmpty()) {
        Resource resource = started.pop();
        try {
          resource.closer().run();
        } catch (RuntimeException e) {
          LOG.warn("could not close the {} cleanly", resource.name(), e);
        }
      }
    }
  }

  private record Resource(String name, Runnable closer) {}
}
