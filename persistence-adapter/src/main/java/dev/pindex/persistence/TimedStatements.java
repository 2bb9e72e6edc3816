package dev.pindex.persistence;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.ExceptionUtil;
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
 *
 * <p>MyBatis wraps the executor of every new session (one per unit of work) in a proxy; its {@code
 * Plugin.wrap} reads these annotations by reflection each time, which JFR showed at a few percent
 * of a short read, so {@link #plugin} builds the same proxy from the methods looked up once. The
 * timer of each statement is looked up once too.
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

  private static final Set<Method> INTERCEPTED = interceptedMethods();
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final MetricRegistry metrics;
  private final Map<String, Timed> timedById = new ConcurrentHashMap<>();
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
  public Object plugin(Object target) {
    if (!(target instanceof Executor executor)) {
      return target;
    }
    // what Plugin.wrap builds: intercepted methods go through intercept, the others straight on
    return Proxy.newProxyInstance(
        Executor.class.getClassLoader(),
        new Class<?>[] {Executor.class},
        (proxy, method, args) -> {
          try {
            return INTERCEPTED.contains(method)
                ? intercept(new Invocation(executor, method, args))
                : method.invoke(executor, args);
          } catch (Exception e) {
            throw ExceptionUtil.unwrapThrowable(e);
          }
        });
  }

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
    long started = System.nanoTime();
    Object result = null;
    try {
      result = invocation.proceed();
      return result;
    } finally {
      long nanos = System.nanoTime() - started;
      Timed timed = timedById.computeIfAbsent(statement.getId(), id -> timed(statement));
      timed.timer().update(nanos, TimeUnit.NANOSECONDS);
      if (nanos >= slowNanos) {
        slowStatements.inc();
        SLOW.warn(
            "slow statement {} took {} ms, rows: {}", timed.name(), millis(nanos), rows(result));
      }
      if (logEachStatement) {
        // the bound SQL keeps its ? placeholders; the values stay in the parameter object
        String sql = statement.getBoundSql(invocation.getArgs()[1]).getSql();
        STATEMENTS.info(
            "{} took {} ms, rows: {}: {}",
            timed.name(),
            millis(nanos),
            rows(result),
            WHITESPACE.matcher(sql).replaceAll(" "));
      }
    }
  }

  private Timed timed(MappedStatement statement) {
    String name = nameOf(statement);
    return new Timed(name, metrics.timer(MetricRegistry.name(TIMER_PREFIX, name)));
  }

  private static Set<Method> interceptedMethods() {
    Set<Method> methods = new HashSet<>();
    for (Signature signature : TimedStatements.class.getAnnotation(Intercepts.class).value()) {
      try {
        methods.add(signature.type().getMethod(signature.method(), signature.args()));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(
            "MyBatis has no " + signature.method() + " to intercept", e);
      }
    }
    return Set.copyOf(methods);
  }

  private record Timed(String name, Timer timer) {}

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
