package dev.pindex.persistence;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Objects;
import org.postgresql.PGProperty;

/**
 * Builds the HikariCP pool from SQLAlchemy-style settings.
 *
 * <p>SQLAlchemy keeps {@code pool_size} connections and opens up to {@code max_overflow} more under
 * load, closing those when they are returned. Hikari expresses the same with {@code minimumIdle} =
 * pool size, {@code maximumPoolSize} = pool size + overflow, and {@code idleTimeout}, which only
 * retires connections above {@code minimumIdle}: exactly the overflow. One difference remains:
 * Hikari keeps {@code minimumIdle} connections <em>idle</em>, so under load it opens overflow
 * connections ahead of demand rather than on demand; the ceiling is the same.
 */
public final class HikariDataSourceFactory {

  static final String APPLICATION_NAME = "pindex";
  static final String OVERFLOW_GAUGE = "OverflowConnections";
  static final String WAITING_GAUGE = "UnitsWaiting";
  // connecting and logging in are bounded on their own, so a host that swallows packets cannot
  // hold a pool thread for the whole pool timeout
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(5);
  // the socket timeout sits this far above statement_timeout: the server cancels a slow statement
  // first (a clean 57014 on a connection that stays usable), and only a peer that died without
  // closing the socket is caught by the client-side timeout
  static final Duration SOCKET_TIMEOUT_MARGIN = Duration.ofSeconds(10);
  // idle connections are checked this often, below typical firewall and NAT idle limits
  static final Duration KEEPALIVE = Duration.ofMinutes(2);
  static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(2);

  private HikariDataSourceFactory() {}

  /** The pool's configuration; pure, so it can be inspected without a database. */
  public static HikariConfig config(
      ConnectionSettings connection, PoolSettings pool, String poolName) {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(pool, "pool");
    HikariConfig config = new HikariConfig();
    config.setPoolName(Objects.requireNonNull(poolName, "poolName"));
    config.setJdbcUrl(connection.jdbcUrl());
    config.setUsername(connection.username());
    config.setPassword(connection.password());
    // a unit of work commits or rolls back explicitly; auto-commit would end it after each
    // statement
    config.setAutoCommit(false);

    config.setMinimumIdle(pool.poolSize());
    config.setMaximumPoolSize(pool.maxPoolSize());
    // a fixed-size pool has no overflow to retire, and Hikari warns when idleTimeout is set there
    config.setIdleTimeout(pool.maxOverflow() > 0 ? pool.idleTimeout().toMillis() : 0);
    config.setConnectionTimeout(pool.poolTimeout().toMillis());
    config.setMaxLifetime(pool.recycle().toMillis()); // 0: Hikari never retires a connection by age
    config.setKeepaliveTime(keepaliveFor(pool.recycle()).toMillis());

    // SQLAlchemy's pool_pre_ping: Hikari validates a connection when it is borrowed (unless it was
    // in use within the last 500 ms) with the driver's Connection.isValid, which pgjdbc answers
    // with
    // an empty query; a dead connection is discarded and another one borrowed. The check must not
    // eat the borrower's whole pool timeout.
    config.setValidationTimeout(shorter(VALIDATION_TIMEOUT, pool.poolTimeout()).toMillis());

    config.addDataSourceProperty(PGProperty.CONNECT_TIMEOUT.getName(), seconds(CONNECT_TIMEOUT));
    config.addDataSourceProperty(PGProperty.LOGIN_TIMEOUT.getName(), seconds(LOGIN_TIMEOUT));
    config.addDataSourceProperty(
        PGProperty.SOCKET_TIMEOUT.getName(),
        seconds(roundUpToSeconds(pool.statementTimeout()).plus(SOCKET_TIMEOUT_MARGIN)));
    config.addDataSourceProperty(PGProperty.TCP_KEEP_ALIVE.getName(), "true");
    config.addDataSourceProperty(PGProperty.APPLICATION_NAME.getName(), APPLICATION_NAME);
    config.addDataSourceProperty(
        PGProperty.OPTIONS.getName(), "-c statement_timeout=" + pool.statementTimeout().toMillis());
    // multi-row INSERTs instead of one round trip per batched row, for the bulk paths that cannot
    // use COPY
    config.addDataSourceProperty(PGProperty.REWRITE_BATCHED_INSERTS.getName(), "true");
    // prepareThreshold stays at the driver's default (server-side prepare from the 5th execution):
    // it pays off for the repeated statements of a pool; set it to 0 only behind a PgBouncer in
    // transaction mode, which cannot keep prepared statements across transactions.
    return config;
  }

  /**
   * Starts the pool. Hikari opens the first connection right away and throws if the database cannot
   * be reached, so a wrong URL or password stops the service at start instead of at the first
   * request. Hikari's own pool metrics ({@code <poolName>.pool.Wait}, {@code .Usage}, {@code
   * .ActiveConnections}, ...) are registered on {@code registry}, and beside them {@code
   * <poolName>.pool.OverflowConnections}: the connections above the steady pool size, SQLAlchemy's
   * {@code overflow()}, and {@code <poolName>.pool.UnitsWaiting}: units of work waiting for a
   * connection at the pool's gate (see {@link ConnectionGate}), where they wait instead of in the
   * pool, whose own {@code PendingConnections} then stays near 0.
   */
  public static HikariDataSource create(
      ConnectionSettings connection, PoolSettings pool, String poolName, MetricRegistry registry) {
    HikariConfig config = config(connection, pool, poolName);
    config.setMetricRegistry(Objects.requireNonNull(registry, "registry"));
    HikariDataSource dataSource = new HikariDataSource(config);
    HikariPoolStats stats = new HikariPoolStats(dataSource);
    registry.register(
        MetricRegistry.name(poolName, "pool", OVERFLOW_GAUGE),
        (Gauge<Integer>) () -> stats.snapshot().overflow());
    ConnectionGate gate = ConnectionGate.of(dataSource);
    registry.register(
        MetricRegistry.name(poolName, "pool", WAITING_GAUGE), (Gauge<Integer>) gate::waiting);
    return dataSource;
  }

  // Hikari requires the keepalive to be shorter than maxLifetime; a pool that recycles at least as
  // often renews its connections anyway
  private static Duration keepaliveFor(Duration recycle) {
    return recycle.isZero() || recycle.compareTo(KEEPALIVE) > 0 ? KEEPALIVE : Duration.ZERO;
  }

  private static Duration shorter(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Duration roundUpToSeconds(Duration duration) {
    Duration whole = Duration.ofSeconds(duration.getSeconds());
    return whole.equals(duration) ? whole : whole.plusSeconds(1);
  }

  // pgjdbc reads its properties as strings and counts these timeouts in whole seconds
  private static String seconds(Duration duration) {
    return Long.toString(duration.getSeconds());
  }
}
