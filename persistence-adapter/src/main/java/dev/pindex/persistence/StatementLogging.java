package dev.pindex.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * What the adapter logs about the statements it runs; parameter values are never logged.
 *
 * @param slowThreshold a statement taking at least this long is logged at WARN and counted
 * @param logEachStatement log every statement's id and SQL text (with {@code ?} placeholders) at
 *     INFO, as the design's {@code sqlalchemy.engine} logger does
 */
public record StatementLogging(Duration slowThreshold, boolean logEachStatement) {

  public static final StatementLogging DEFAULTS =
      new StatementLogging(Duration.ofMillis(200), false);

  public StatementLogging {
    Objects.requireNonNull(slowThreshold, "slowThreshold");
    if (slowThreshold.isNegative()) {
      throw new IllegalArgumentException("slowThreshold must not be negative");
    }
  }
}
