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
import dev.pindex.persistence.LiquibaseMigrations;
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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service, wired by hand from top to bottom: the store and its adapter (see {@link
 * Persistence}), use cases, then the two listeners (the admin one while the schema is still being
 * checked, the API one after). {@link #close()} undoes it in reverse: stop taking requests and
 * drain the in-flight ones, close the pool, stop the embedded database (when the store has them).
 */
public final class Application implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

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
      // the store and its adapter: PostgreSQL, or memory when the profile says so
      config.logging().applyLevels();
      MetricRegistry metrics = JvmMetrics.registry();
      Store opened =
          config.profile() == Profile.MEMORY
              ? new Store(Persistence.inMemory(), completed())
              : postgres(config, metrics, started);
      Persistence store = opened.ports();
      var transactions = store.transactions();
      PasswordHasher hasher = new Argon2idPasswordHasher();
      var accountsBuilt = inBackground("pindex-accounts", () -> store.accounts(hasher));

      // the use cases
      var readiness = new ReadinessService(store.health());
      var pool = new PoolStatusService(store.poolStats());
      var assetUseCase = new AssetService(transactions, store.assets());
      var priceUseCase = new PriceService(transactions, store.assets(), store.prices());
      var indexUseCase = new IndexValueService(transactions, store.indexValues());
      var riskUseCase = new RiskMetricsService(transactions, store.riskMetrics());
      var allocationUseCase = new AllocationService(transactions, store.allocations());
      var strategyUseCase = new StrategyService(transactions, store.strategies());
      var demoData = store.demoData();

      // the admin listener reads only the pool and the metrics, so it may open before the schema
      // is checked
      WebServer admin =
          WebServer.start(
              listener(config.adminBind(), config.adminPort(), config),
              List.of(new JavalinAdminRoutes(pool, metrics)),
              metrics);
      started.push(new Resource("admin listener", admin::stop));
      joined(opened.schemaReady());
      UserService accounts = joined(accountsBuilt);
      prepareData(config, accounts, demoData);

      // the API listener
      Secrets secrets = config.secrets();
      if (secrets.tokenKeyGenerated()) {
        LOG.warn(
            "TOKEN_SIGNING_KEY is not set: tokens are signed with a key generated at start and"
                + " stop working when the process restarts");
      }
      var tokens = new BearerTokens(secrets.tokenKey(), secrets.tokenLifetime());
      var authenticator = new Authenticator(tokens);
      var cursors = new CursorCodec(secrets.cursorKey());
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
                  new JavalinStrategyRoutes(strategyUseCase, authenticator)),
              metrics);
      started.push(new Resource("API listener", api::stop));
      return new Application(started, api, admin);
    } catch (RuntimeException e) {
      closeAll(started);
      throw e;
    }
  }

  /**
   * The configured database behind the profile's pool, closed with the service, and its schema
   * being checked (and migrated) by Liquibase on a thread of its own: on a database that is up to
   * date that check is most of a start, so what needs no schema is built meanwhile.
   */
  private static Store postgres(AppConfig config, MetricRegistry metrics, Deque<Resource> started) {
    Database database = Database.open(config, config.pool(), metrics);
    started.push(new Resource("database", database::close));
    HikariDataSource pool = database.pool();
    FutureTask<Void> migrated =
        inBackground(
            "pindex-migrate",
            () -> {
              new LiquibaseMigrations(pool).migrate();
              return null;
            });
    return new Store(Persistence.postgres(pool, metrics, config.logging().statements()), migrated);
  }

  /** The ports of a store, and the work that must be done before any of them touches the data. */
  private record Store(Persistence ports, FutureTask<Void> schemaReady) {}

  private static FutureTask<Void> completed() {
    FutureTask<Void> done = new FutureTask<>(() -> null);
    done.run();
    return done;
  }

  /**
   * Runs one step of the start on a daemon thread of its own (a failed start must not be kept alive
   * by it); {@link #joined} waits for it and rethrows what it threw.
   */
  private static <T> FutureTask<T> inBackground(String name, Callable<T> step) {
    FutureTask<T> task = new FutureTask<>(step);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  private static <T> T joined(FutureTask<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
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
