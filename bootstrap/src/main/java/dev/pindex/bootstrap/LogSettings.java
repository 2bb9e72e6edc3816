package dev.pindex.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import dev.pindex.persistence.StatementLogging;
import java.time.Duration;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * How the service logs: {@code LOG_FORMAT} ({@code text} or {@code json} lines), {@code
 * SLOW_QUERY_MS} and {@code LOG_SQL} (see {@link StatementLogging}), and {@code LOG_POOL}, which
 * shows HikariCP's own log at DEBUG (pool statistics, connections opened and closed; its
 * configuration dump masks passwords).
 *
 * <p>The format is chosen before anything is logged ({@link #chooseConfiguration}): Logback starts
 * from {@code logback.xml} (text) or {@code logback-json.xml}. {@link #from} checks the value, so
 * one that names no format stops the start with a message instead of passing unnoticed.
 */
record LogSettings(String format, StatementLogging statements, boolean pool) {

  static final String POOL_LOGGER = "com.zaxxer.hikari";
  private static final String LOGBACK_CONFIGURATION = "logback.configurationFile";
  private static final String DEFAULT_CONFIGURATION = "logback.xml";

  /**
   * The Logback configuration this {@code LOG_FORMAT} starts from, a resource on the class path.
   */
  static String configurationFile(Map<String, String> env) {
    return "json".equals(env.get("LOG_FORMAT")) ? "logback-json.xml" : DEFAULT_CONFIGURATION;
  }

  /**
   * Points Logback at {@link #configurationFile} when it is not the default; called first thing in
   * {@code main}, since Logback reads its configuration once, with the first logger. A
   * configuration file named on the command line wins.
   */
  static void chooseConfiguration(Map<String, String> env) {
    String file = configurationFile(env);
    if (!file.equals(DEFAULT_CONFIGURATION) && System.getProperty(LOGBACK_CONFIGURATION) == null) {
      System.setProperty(LOGBACK_CONFIGURATION, file);
    }
  }

  static LogSettings from(Map<String, String> env) {
    String format = Environment.value(env, "LOG_FORMAT", "text");
    if (!format.equals("text") && !format.equals("json")) {
      throw new ConfigurationError("LOG_FORMAT '" + format + "' is unknown: use text or json");
    }
    Duration slow =
        Duration.ofMillis(
            Environment.integer(
                env,
                "SLOW_QUERY_MS",
                (int) StatementLogging.DEFAULTS.slowThreshold().toMillis(),
                0,
                3_600_000));
    return new LogSettings(
        format,
        new StatementLogging(slow, Environment.flag(env, "LOG_SQL", false)),
        Environment.flag(env, "LOG_POOL", false));
  }

  /**
   * Lowers the pool's log level when {@code LOG_POOL} asks; leaves the configured one otherwise.
   */
  void applyLevels() {
    if (pool) {
      ((LoggerContext) LoggerFactory.getILoggerFactory())
          .getLogger(POOL_LOGGER)
          .setLevel(Level.DEBUG);
    }
  }
}
