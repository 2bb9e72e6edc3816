package dev.pindex.persistence;

import java.util.logging.Level;
import liquibase.logging.Logger;
import liquibase.logging.core.AbstractLogService;
import liquibase.logging.core.AbstractLogger;
import org.slf4j.LoggerFactory;

/**
 * Sends Liquibase's log to SLF4J under Liquibase's own class names, so the application's logging
 * configuration governs it like any other library's.
 *
 * <p>Levels move one step down: Liquibase's INFO is routine chatter on every run (lock taken,
 * history read, lock released), so INFO and CONFIG go to debug and FINE and below to trace, while
 * warnings and errors stay what they are. What a migration changed is logged at info by {@link
 * ChangesetLogger}.
 */
final class Slf4jLogService extends AbstractLogService {

  @Override
  public int getPriority() {
    // set explicitly on the scope of each migration, never picked by Liquibase's service lookup
    return PRIORITY_NOT_APPLICABLE;
  }

  @Override
  @SuppressWarnings("rawtypes") // Liquibase's interface takes a raw Class
  public Logger getLog(Class type) {
    return new Slf4jLogger(LoggerFactory.getLogger(type));
  }

  @SuppressWarnings("try") // Liquibase's Logger is AutoCloseable, yet this one holds nothing
  private static final class Slf4jLogger extends AbstractLogger {

    private final org.slf4j.Logger delegate;

    Slf4jLogger(org.slf4j.Logger delegate) {
      this.delegate = delegate;
    }

    @Override
    public void log(Level level, String message, Throwable error) {
      int severity = level.intValue();
      if (level == Level.OFF) {
        return;
      } else if (severity >= Level.SEVERE.intValue()) {
        delegate.error(message, error);
      } else if (severity >= Level.WARNING.intValue()) {
        delegate.warn(message, error);
      } else if (severity >= Level.CONFIG.intValue()) {
        delegate.debug(message, error);
      } else {
        delegate.trace(message, error);
      }
    }
  }
}
