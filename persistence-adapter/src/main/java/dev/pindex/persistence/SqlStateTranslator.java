package dev.pindex.persistence;

import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.DomainException;
import dev.pindex.domain.model.Unavailable;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns database faults into the domain's exceptions by SQLState. Messages are written here from
 * the SQLState and the schema's constraint and column names, never copied from the driver, whose
 * text can quote SQL and row values.
 */
final class SqlStateTranslator {

  static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private static final int MAX_CAUSE_DEPTH = 32;
  private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

  // What a client reads when a statement breaks one of the schema's unique or foreign-key
  // constraints (db/changelog.sql names them). The repositories catch the usual cases first and
  // name the value in their message; these cover what only the database sees, such as two
  // requests racing. PostgreSQL reports the referencing table for both directions of a foreign
  // key, so one message serves deleting a referenced asset and referring to one deleted meanwhile.
  private static final Map<String, String> CONFLICT_MESSAGES =
      Map.of(
          "uq_assets_symbol", "An asset with this symbol exists.",
          "uq_users_email_lower", "An account with this e-mail exists.",
          "uq_strategy_config_user_name", "You already have a strategy with this name.",
          "fk_prices_asset", "The asset still has prices, or was deleted meanwhile.",
          "fk_allocations_asset", "The asset is still in an allocation, or was deleted meanwhile.",
          "fk_strategy_config_user", "The account no longer exists.");

  /** What a fault means for the unit of work that met it. */
  private enum Fault {
    CONFLICT(false),
    INVALID_DATA(false),
    CONNECTION_LOST(true),
    CONCURRENT_UPDATE(true),
    POOL_EXHAUSTED(false),
    TOO_MANY_CONNECTIONS(false),
    STATEMENT_CANCELLED(false),
    PROGRAMMING_ERROR(false),
    UNEXPECTED(false);

    private final boolean transientFault;

    Fault(boolean transientFault) {
      this.transientFault = transientFault;
    }
  }

  private SqlStateTranslator() {}

  /**
   * Whether running the whole unit of work again may succeed: the connection was lost or the server
   * gave up on the transaction (serialization failure, deadlock). A pool timeout is not among them:
   * waiting for the pool again would outlast the request's own timeout.
   */
  static boolean isTransient(Throwable failure) {
    return !(failure instanceof DomainException)
        && sqlCause(failure)
            .map(SqlStateTranslator::classify)
            .filter(f -> f.transientFault)
            .isPresent();
  }

  /**
   * Whether the unit of work lost its connection: the server went away or the network broke. Its
   * pool's other connections to the same server are then likely dead too.
   */
  static boolean isConnectionLost(Throwable failure) {
    return !(failure instanceof DomainException)
        && sqlCause(failure).map(SqlStateTranslator::classify).orElse(null)
            == Fault.CONNECTION_LOST;
  }

  /** Whether the first SQLException down {@code failure}'s causes has one of these SQLStates. */
  static boolean hasSqlState(Throwable failure, String... states) {
    return sqlCause(failure)
        .map(SQLException::getSQLState)
        .filter(state -> Set.of(states).contains(state))
        .isPresent();
  }

  /**
   * The domain's view of {@code failure}. Domain exceptions pass through untouched, and so does
   * anything that carries no SQLException (a mapping bug stays what it is).
   */
  static RuntimeException translate(RuntimeException failure) {
    if (failure instanceof DomainException) {
      return failure;
    }
    return sqlCause(failure).map(sql -> translate(sql, failure)).orElse(failure);
  }

  private static Fault classify(SQLException sql) {
    // Hikari's "no connection within connectionTimeout"; it copies the SQLState of the last failed
    // connection attempt (often 08xxx), so it has to be recognised before the SQLState is read
    if (sql instanceof SQLTransientConnectionException) {
      return Fault.POOL_EXHAUSTED;
    }
    String state = Optional.ofNullable(sql.getSQLState()).orElse("");
    if (state.equals("23505") || state.equals("23503")) {
      return Fault.CONFLICT;
    }
    if (state.startsWith("23") || state.startsWith("22")) {
      return Fault.INVALID_DATA;
    }
    if (state.startsWith("08") || SERVER_GOING_AWAY.contains(state)) {
      return Fault.CONNECTION_LOST;
    }
    if (state.equals("40001") || state.equals("40P01")) {
      return Fault.CONCURRENT_UPDATE;
    }
    if (state.equals("53300")) {
      return Fault.TOO_MANY_CONNECTIONS;
    }
    if (state.equals("57014")) {
      return Fault.STATEMENT_CANCELLED;
    }
    if (state.startsWith("42")) {
      return Fault.PROGRAMMING_ERROR;
    }
    return Fault.UNEXPECTED;
  }

  private static RuntimeException translate(SQLException sql, RuntimeException failure) {
    String state = sql.getSQLState();
    Optional<ServerErrorMessage> server = serverMessage(sql);
    String constraint = server.map(ServerErrorMessage::getConstraint).orElse(null);
    return switch (classify(sql)) {
      case CONFLICT -> new Conflict(conflictMessage(state, constraint), failure);
      case INVALID_DATA ->
          invalidData(state, constraint, server.map(ServerErrorMessage::getColumn), failure);
      case CONNECTION_LOST ->
          unavailable("The database connection was lost; try again later.", failure);
      case CONCURRENT_UPDATE ->
          unavailable("The change collided with a concurrent one; try again.", failure);
      case POOL_EXHAUSTED ->
          unavailable("The database is busy: no connection became free in time.", failure);
      case TOO_MANY_CONNECTIONS ->
          unavailable("The database accepts no more connections right now.", failure);
      case STATEMENT_CANCELLED ->
          unavailable("The query took too long and was cancelled.", failure);
      case PROGRAMMING_ERROR ->
          new IllegalStateException("SQL programming error, SQLState " + state, failure);
      case UNEXPECTED ->
          new IllegalStateException("Unexpected database error, SQLState " + state, failure);
    };
  }

  private static Unavailable unavailable(String message, RuntimeException failure) {
    return new Unavailable(message, RETRY_AFTER, failure);
  }

  private static String conflictMessage(String state, String constraint) {
    if (constraint != null && CONFLICT_MESSAGES.containsKey(constraint)) {
      return CONFLICT_MESSAGES.get(constraint);
    }
    String what =
        state.equals("23505")
            ? "Conflicts with an existing row"
            : "Conflicts with a row it refers to or that refers to it";
    return constraint == null ? what : what + " (constraint " + constraint + ")";
  }

  private static ValidationFailed invalidData(
      String state, String constraint, Optional<String> column, RuntimeException failure) {
    String problem = problem(state);
    // a check constraint is the only name PostgreSQL gives for its rule; for the others the
    // column says more, when the server reports one
    Optional<String> field = column.or(() -> Optional.ofNullable(constraint));
    List<Violation> violations =
        field.map(name -> List.of(Violation.ofField(name, problem))).orElse(List.of());
    return new ValidationFailed(
        "Invalid data: " + field.orElse("a value") + " " + problem, violations, failure);
  }

  private static String problem(String state) {
    return switch (state) {
      case "23502" -> "must not be null";
      case "23514" -> "is violated";
      case "22001" -> "is too long";
      case "22003" -> "is out of range";
      case "22012" -> "divides by zero";
      case "22007", "22008", "22P02" -> "has the wrong format";
      default -> state.startsWith("23") ? "breaks an integrity rule" : "is not valid";
    };
  }

  // the first SQLException down the cause chain: MyBatis wraps the driver's in a
  // PersistenceException, and Hikari's pool timeout wraps the last connection failure
  private static Optional<SQLException> sqlCause(Throwable failure) {
    Throwable t = failure;
    // bounded, because nothing stops two exceptions from naming each other as cause
    for (int depth = 0; t != null && depth < MAX_CAUSE_DEPTH; depth++, t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return Optional.of(sql);
      }
    }
    return Optional.empty();
  }

  // a failed batch reports a BatchUpdateException whose next exception is the server's error
  private static Optional<ServerErrorMessage> serverMessage(SQLException sql) {
    for (SQLException e = sql; e != null; e = e.getNextException()) {
      if (e instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
        return Optional.of(psql.getServerErrorMessage());
      }
    }
    return Optional.empty();
  }
}
