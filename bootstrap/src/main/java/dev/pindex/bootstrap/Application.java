package dev.pindex.bootstrap;

import com.codahale.metrics.MetricRegistry;
import com.zaxxer.hikari.HikariDataSource;
import dev.pindex.domain.service.PoolStatusService;
import dev.pindex.domain.service.ReadinessService;
import dev.pindex.persistence.ConnectionSettings;
import dev.pindex.persistence.HikariDataSourceFactory;
import dev.pindex.persistence.HikariPoolStats;
import dev.pindex.persistence.JdbcDatabaseHealth;
import dev.pindex.persistence.LiquibaseMigrations;
import dev.pindex.web.JavalinAdminRoutes;
import dev.pindex.web.JavalinHealthRoutes;
import dev.pindex.web.WebServer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service, wired by hand from top to bottom: database, pool, schema, use cases, then
 * the two listeners. {@link #close()} undoes it in reverse: stop taking requests and drain the
 * in-flight ones, close the pool, stop the embedded database.
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
      ConnectionSettings connection = connection(config, started);
      MetricRegistry metrics = new MetricRegistry();
      HikariDataSource dataSource =
          HikariDataSourceFactory.create(connection, config.pool(), "pindex", metrics);
      started.push(new Resource("connection pool", dataSource::close));
      new LiquibaseMigrations(dataSource).migrate();

      var readiness = new ReadinessService(new JdbcDatabaseHealth(dataSource, READINESS_TIMEOUT));
      var pool = new PoolStatusService(new HikariPoolStats(dataSource));

      WebServer admin =
          WebServer.start(
              listener(config.adminBind(), config.adminPort(), config),
              List.of(new JavalinAdminRoutes(pool)));
      started.push(new Resource("admin listener", admin::stop));
      WebServer api =
          WebServer.start(
              listener("0.0.0.0", config.port(), config),
              List.of(new JavalinHealthRoutes(readiness)));
      started.push(new Resource("API listener", api::stop));
      return new Application(started, api, admin);
    } catch (RuntimeException e) {
      closeAll(started);
      throw e;
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
    return new WebServer.Settings(host, port, config.maxRequestBytes(), config.shutdownTimeout());
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
