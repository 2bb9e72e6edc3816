package dev.pindex.bootstrap;

import com.codahale.metrics.MetricRegistry;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service, wired by hand from top to bottom: the store and its adapter (see {@link
 * Persistence}), use cases, then the two listeners. {@link #close()} undoes it in reverse: stop
 * taking requests and drain the in-flight ones, close the pool, stop the embedded database (when
 * the store has them).
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
      Persistence store =
          config.profile() == Profile.MEMORY
              ? Persistence.inMemory()
              : postgres(config, metrics, started);
      var transactions = store.transactions();
      PasswordHasher hasher = new Argon2idPasswordHasher();

      // the use cases
      var readiness = new ReadinessService(store.health());
      var pool = new PoolStatusService(store.poolStats());
      var accounts = store.accounts(hasher);
      var assetUseCase = new AssetService(transactions, store.assets());
      var priceUseCase = new PriceService(transactions, store.assets(), store.prices());
      var indexUseCase = new IndexValueService(transactions, store.indexValues());
      var riskUseCase = new RiskMetricsService(transactions, store.riskMetrics());
      var allocationUseCase = new AllocationService(transactions, store.allocations());
      var strategyUseCase = new StrategyService(transactions, store.strategies());
      var demoData = store.demoData();
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
              List.of(new JavalinAdminRoutes(pool, metrics)),
              metrics);
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
                  new JavalinStrategyRoutes(strategyUseCase, authenticator)),
              metrics);
      started.push(new Resource("API listener", api::stop));
      return new Application(started, api, admin);
    } catch (RuntimeException e) {
      closeAll(started);
      throw e;
    }
  }

  /** The configured database, migrated, behind the profile's pool; closed with the service. */
  private static Persistence postgres(
      AppConfig config, MetricRegistry metrics, Deque<Resource> started) {
    Database database = Database.open(config, config.pool(), metrics);
    started.push(new Resource("database", database::close));
    new LiquibaseMigrations(database.pool()).migrate();
    return Persistence.postgres(database.pool(), metrics, config.logging().statements());
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
