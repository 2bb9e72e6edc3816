package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Unavailable;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * SQLStates that are hard to provoke on demand (a lost connection, a full server), fed in as the
 * driver and MyBatis would hand them over. Real statements are translated in {@code
 * SqlFaultTranslationTest}.
 */
class SqlStateTranslatorTest {

  private static PersistenceException fromMyBatis(SQLException driverFailure) {
    return new PersistenceException("### Error querying database. SELECT secret", driverFailure);
  }

  private static PersistenceException withState(String sqlState) {
    return fromMyBatis(new SQLException("driver text quoting SELECT secret", sqlState));
  }

  @ParameterizedTest
  @ValueSource(strings = {"08000", "08001", "08003", "08006", "57P01", "57P02", "57P03"})
  void a_lost_connection_is_unavailable_and_transient(String sqlState) {
    PersistenceException failure = withState(sqlState);

    assertThat(SqlStateTranslator.translate(failure))
        .isInstanceOf(Unavailable.class)
        .hasMessageNotContaining("secret");
    assertThat(SqlStateTranslator.isTransient(failure)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"40001", "40P01"})
  void a_serialization_failure_or_deadlock_is_unavailable_and_transient(String sqlState) {
    PersistenceException failure = withState(sqlState);

    assertThat(SqlStateTranslator.translate(failure)).isInstanceOf(Unavailable.class);
    assertThat(SqlStateTranslator.isTransient(failure)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"53300", "57014"})
  void too_many_connections_or_a_cancelled_statement_is_unavailable_but_not_retried(
      String sqlState) {
    PersistenceException failure = withState(sqlState);

    assertThat(SqlStateTranslator.translate(failure)).isInstanceOf(Unavailable.class);
    assertThat(SqlStateTranslator.isTransient(failure)).isFalse();
  }

  @Test
  void a_pool_timeout_is_unavailable_but_not_retried_even_with_a_connection_sqlstate() {
    // Hikari copies the SQLState of the last failed connection attempt into its timeout
    PersistenceException failure =
        fromMyBatis(
            new SQLTransientConnectionException(
                "pool - Connection is not available, request timed out after 300ms", "08001"));

    assertThat(SqlStateTranslator.translate(failure))
        .isInstanceOf(Unavailable.class)
        .hasMessageContaining("no connection became free");
    assertThat(SqlStateTranslator.isTransient(failure)).isFalse();
  }

  @Test
  void unavailable_carries_a_retry_after_hint_and_keeps_the_failure_for_the_log() {
    PersistenceException failure = withState("08006");

    Unavailable unavailable = (Unavailable) SqlStateTranslator.translate(failure);

    assertThat(unavailable.retryAfter()).isEqualTo(SqlStateTranslator.RETRY_AFTER);
    assertThat(unavailable.getCause()).isSameAs(failure);
  }

  /** A server error as pgjdbc receives it: one field a line, named by its letter code. */
  private static PersistenceException serverError(String sqlState, String constraint) {
    return fromMyBatis(
        new PSQLException(
            new ServerErrorMessage(
                "SERROR\0C"
                    + sqlState
                    + "\0Mdriver text quoting SELECT secret\0n"
                    + constraint
                    + "\0")));
  }

  @ParameterizedTest
  @CsvSource({
    "23505, uq_strategy_config_user_name, You already have a strategy with this name.",
    "23505, uq_users_email_lower, An account with this e-mail exists.",
    "23503, fk_prices_asset, 'The asset still has prices, or was deleted meanwhile.'"
  })
  void a_conflict_on_a_constraint_of_the_schema_reads_as_the_rule_it_guards(
      String sqlState, String constraint, String message) {
    assertThat(SqlStateTranslator.translate(serverError(sqlState, constraint)))
        .isInstanceOf(Conflict.class)
        .hasMessage(message);
  }

  @Test
  void a_conflict_on_another_constraint_names_the_constraint() {
    assertThat(SqlStateTranslator.translate(serverError("23505", "some_other_key")))
        .isInstanceOf(Conflict.class)
        .hasMessage("Conflicts with an existing row (constraint some_other_key)");
  }

  @Test
  void an_unknown_sqlstate_is_an_unexpected_error_rather_than_a_domain_outcome() {
    assertThat(SqlStateTranslator.translate(withState("XX000")))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("XX000")
        .hasMessageNotContaining("secret");
  }

  @Test
  void a_domain_exception_passes_through_untouched_and_is_never_retried() {
    NotFound notFound = new NotFound("no such asset");
    Conflict wrapsTransientFault = new Conflict("taken", withState("08006"));

    assertThat(SqlStateTranslator.translate(notFound)).isSameAs(notFound);
    assertThat(SqlStateTranslator.isTransient(wrapsTransientFault)).isFalse();
  }

  @Test
  void a_failure_without_an_sql_cause_passes_through_untouched() {
    IllegalArgumentException bug = new IllegalArgumentException("mapping bug");

    assertThat(SqlStateTranslator.translate(bug)).isSameAs(bug);
    assertThat(SqlStateTranslator.isTransient(bug)).isFalse();
  }
}
