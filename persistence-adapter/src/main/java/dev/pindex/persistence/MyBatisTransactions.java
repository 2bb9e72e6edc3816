package dev.pindex.persistence;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import com.zaxxer.hikari.HikariDataSource;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UnitOfWork;
import java.sql.Connection;
import java.util.Objects;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Units of work over MyBatis: one session and one transaction (auto-commit off) per unit, bound to
 * the calling thread while the work runs and closed when it ends. Database faults leave as the
 * domain's exceptions, translated by SQLState; exceptions the work throws itself pass through
 * untouched.
 *
 * <p>A unit started while another is running on the same thread joins the running one: it shares
 * its session and transaction, commits and rolls back with it, and is not retried on its own (a
 * retry repeats whole units only). It also takes the outer unit's mode, so a {@code readOnly} call
 * inside a read-write unit may write, and a write inside a {@code readOnly} unit fails as a
 * programming error. Faults leave a joined unit or a savepoint translated too, so the caller can
 * catch a {@code Conflict} and go on, except transient ones (a lost connection, a serialization
 * failure), which leave as they are so that the enclosing unit can still be retried.
 *
 * <p>Every transaction's duration, retried attempts included, is recorded in the timer {@value
 * #TRANSACTION_TIMER}; retries are counted by the gauges {@code pindex.db.retry.*}; each mapped
 * statement is timed by the session factory (see {@link TimedStatements}).
 */
public final class MyBatisTransactions implements Transactions {

  public static final String TRANSACTION_TIMER = "pindex.db.transaction";

  private final ThreadBoundSessions sessions;
  private final TransientFaultRetry retry;
  private final Timer transactionTimer;
  private final DataSource pool;

  /**
   * Units of work over the pool, with the adapter's MyBatis configuration and mappers, its
   * statements timed and logged as {@code logging} says. Registers the metrics it records on {@code
   * metrics}: one instance per registry, since the retry gauges cannot be registered twice.
   */
  public MyBatisTransactions(
      DataSource dataSource,
      RetryPolicy retryPolicy,
      MetricRegistry metrics,
      StatementLogging logging) {
    this(MyBatisSessionFactory.create(dataSource, metrics, logging), retryPolicy, metrics);
  }

  public MyBatisTransactions(
      SqlSessionFactory sessionFactory, RetryPolicy retryPolicy, MetricRegistry metrics) {
    Objects.requireNonNull(sessionFactory, "sessionFactory");
    Objects.requireNonNull(retryPolicy, "retryPolicy");
    Objects.requireNonNull(metrics, "metrics");
    this.sessions = new ThreadBoundSessions(sessionFactory);
    this.retry = new TransientFaultRetry(retryPolicy, metrics);
    this.transactionTimer = metrics.timer(TRANSACTION_TIMER);
    this.pool = sessionFactory.getConfiguration().getEnvironment().getDataSource();
  }

  @Override
  public <T> T inTransaction(UnitOfWork<T> work) {
    if (sessions.inUnitOfWork()) {
      return insideRunningUnit(work);
    }
    try {
      return timedUnit(false, work);
    } catch (RuntimeException failure) {
      throw SqlStateTranslator.translate(failure);
    }
  }

  @Override
  public <T> T inIdempotentTransaction(UnitOfWork<T> work) {
    return retriedUnit(false, work);
  }

  @Override
  public <T> T readOnly(UnitOfWork<T> work) {
    return retriedUnit(true, work);
  }

  @Override
  public <T> T savepoint(UnitOfWork<T> work) {
    return insideRunningUnit(() -> sessions.underSavepoint(work));
  }

  /**
   * A mapper for repositories: obtain it once, call it from inside units of work, where it joins
   * the calling thread's session. Called outside one it throws {@link IllegalStateException}.
   */
  public <M> M mapper(Class<M> type) {
    return sessions.mapper(type);
  }

  /**
   * The running unit's JDBC connection, for the bulk paths that talk to pgjdbc directly. Called
   * outside a unit of work it throws {@link IllegalStateException}.
   */
  Connection connection() {
    return sessions.connection();
  }

  private <T> T retriedUnit(boolean readOnly, UnitOfWork<T> work) {
    if (sessions.inUnitOfWork()) {
      return insideRunningUnit(work);
    }
    return retry.run(() -> timedUnit(readOnly, work));
  }

  private static <T> T insideRunningUnit(UnitOfWork<T> work) {
    try {
      return work.run();
    } catch (RuntimeException failure) {
      throw SqlStateTranslator.isTransient(failure)
          ? failure
          : SqlStateTranslator.translate(failure);
    }
  }

  private <T> T timedUnit(boolean readOnly, UnitOfWork<T> work) {
    try {
      return transactionTimer.timeSupplier(() -> sessions.inNewSession(readOnly, work));
    } catch (RuntimeException failure) {
      if (SqlStateTranslator.isConnectionLost(failure)) {
        evictPooledConnections();
      }
      throw failure;
    }
  }

  /**
   * A lost connection rarely dies alone: a restart, a failover or an operator ending the service's
   * sessions kills its siblings too. Hikari skips the validation of a connection used within the
   * last 500 ms, so under load the pool would hand those dead siblings out one by one, and a retry
   * could spend all its attempts on them. As SQLAlchemy invalidates its whole pool on a disconnect,
   * Hikari closes its idle connections now and the busy ones when they are returned; the retry then
   * borrows a new connection.
   */
  private void evictPooledConnections() {
    if (pool instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
      hikari.getHikariPoolMXBean().softEvictConnections();
    }
  }
}
