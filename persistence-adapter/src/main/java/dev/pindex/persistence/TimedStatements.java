package dev.pindex.persistence;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times every mapped statement into a timer named by its mapper and id ({@code
 * pindex.db.statement.UserMapper.findCredentials}: never the SQL text, so the number of timers is
 * the number of statements), and logs at WARN and counts each one at least as slow as the
 * threshold. Log lines name the statement, its duration and row count; the request id comes with
 * the logging MDC. Parameter values are never logged: they carry e-mails and password hashes.
 *
 * <p>MyBatis routes every select through the four-argument {@code query} and every write through
 * {@code update}; the six-argument {@code query} is called from inside the executor and would count
 * a statement twice.
 */
@Intercepts({
  @Signature(
      type = Executor.class,
      method = "query",
      args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
  @Signature(
      type = Executor.class,
      method = "update",
      args = {MappedStatement.class, Object.class})
})
final class TimedStatements implements Interceptor {

  static final String TIMER_PREFIX = "pindex.db.statement";
  static final String SLOW_COUNTER = "pindex.db.slow_statements";

  /** The logger of {@link StatementLogging#logEachStatement()}, apart so it can be silenced. */
  static final String STATEMENT_LOGGER = "dev.pindex.sql";

  private static final Logger SLOW = LoggerFactory.getLogger(TimedStatements.class);
  private static final Logger STATEMENTS = LoggerFactory.getLogger(STATEMENT_LOGGER);

  private final MetricRegistry metrics;
  private final Counter slowStatements;
  private final long slowNanos;
  private final boolean logEachStatement;

  TimedStatements(MetricRegistry metrics, StatementLogging logging) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.slowStatements = metrics.counter(SLOW_COUNTER);
    this.slowNanos = logging.slowThreshold().toNanos();
    this.logEachStatement = logging.logEachStatement();
  }

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
    String name = nameOf(statement);
    long started = System.nanoTime();
    Object result = null;
    try {
      result = invocation.proceed();
      return result;
    } finally {
      long nanos = System.nanoTime() - started;
      metrics.timer(MetricRegistry.name(TIMER_PREFIX, name)).update(nanos, TimeUnit.NANOSECONDS);
      String rows = rows(result);
      if (nanos >= slowNanos) {
        slowStatements.inc();
        SLOW.warn("slow statement {} took {} ms, rows: {}", name, millis(nanos), rows);
      }
      if (logEachStatement) {
        // the bound SQL keeps its ? placeholders; the values stay in the parameter object
        String sql = statement.getBoundSql(invocation.getArgs()[1]).getSql();
        STATEMENTS.info(
            "{} took {} ms, rows: {}: {}", name, millis(nanos), rows, sql.replaceAll("\\s+", " "));
      }
    }
  }

  /** {@code Mapper.statement}: the mapper interface's simple name and the statement's id. */
  static String nameOf(MappedStatement statement) {
    String id = statement.getId();
    int statementDot = id.lastIndexOf('.');
    return id.substring(id.lastIndexOf('.', statementDot - 1) + 1);
  }

  /** Rows read by a select or written by an update; "failed" when the statement threw. */
  private static String rows(Object result) {
    if (result instanceof List<?> list) {
      return Integer.toString(list.size());
    }
    return result == null ? "failed" : result.toString();
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }
}
