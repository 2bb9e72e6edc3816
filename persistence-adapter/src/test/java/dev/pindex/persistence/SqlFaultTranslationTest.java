package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.DomainException;
import dev.pindex.domain.model.Unavailable;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import dev.pindex.domain.port.out.UnitOfWork;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real statements that break real rules, and what the domain sees of them. */
class SqlFaultTranslationTest {

  // fragments of what PostgreSQL, pgjdbc and MyBatis write; a client must see none of them
  private static final List<String> DRIVER_AND_SQL_TEXT =
      List.of("ERROR", "Detail", "Key (", "violates", "INSERT", "SELECT", "scratch_child (", "###");

  private final Scratch scratch = new Scratch();
  private final long parentId = ScratchTables.newId();

  @AfterEach
  void closePool() {
    scratch.close();
  }

  private Throwable failureOf(UnitOfWork<?> work) {
    return catchThrowable(() -> scratch.transactions.inTransaction(work));
  }

  private static void assertClientSafe(DomainException failure) {
    assertThat(failure.getMessage()).doesNotContain(DRIVER_AND_SQL_TEXT);
    if (failure instanceof ValidationFailed invalid) {
      assertThat(invalid.violations())
          .extracting(Violation::message)
          .allSatisfy(message -> assertThat(message).doesNotContain(DRIVER_AND_SQL_TEXT));
    }
  }

  @Test
  void a_unique_violation_is_a_conflict_naming_the_constraint() {
    Throwable failure =
        failureOf(() -> scratch.mapper.addParent(parentId) + scratch.mapper.addParent(parentId));

    assertThat(failure).isInstanceOf(Conflict.class).hasMessageContaining("scratch_parent_pkey");
    assertClientSafe((Conflict) failure);
  }

  @Test
  void a_foreign_key_violation_is_a_conflict_naming_the_constraint() {
    Throwable failure = failureOf(() -> scratch.mapper.addChild(parentId, 1));

    assertThat(failure)
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("scratch_child_parent_id_fkey");
    assertClientSafe((Conflict) failure);
  }

  @Test
  void a_check_violation_is_a_validation_failure_naming_the_rule() {
    Throwable failure =
        failureOf(() -> scratch.mapper.addParent(parentId) + scratch.mapper.addChild(parentId, -1));

    assertThat(failure).isInstanceOf(ValidationFailed.class);
    assertThat(((ValidationFailed) failure).violations())
        .extracting(Violation::field)
        .containsExactly("scratch_child_quantity_not_negative");
    assertClientSafe((ValidationFailed) failure);
  }

  @Test
  void a_not_null_violation_is_a_validation_failure_naming_the_column() {
    Throwable failure =
        failureOf(
            () -> scratch.mapper.addParent(parentId) + scratch.mapper.addChild(parentId, null));

    assertThat(failure).isInstanceOf(ValidationFailed.class);
    assertThat(((ValidationFailed) failure).violations())
        .containsExactly(Violation.ofField("quantity", "must not be null"));
    assertClientSafe((ValidationFailed) failure);
  }

  @Test
  void a_data_exception_is_a_validation_failure() {
    Throwable failure = failureOf(() -> scratch.mapper.divide(0));

    assertThat(failure)
        .isInstanceOf(ValidationFailed.class)
        .hasMessageContaining("divides by zero");
    assertClientSafe((ValidationFailed) failure);
  }

  @Test
  void bad_syntax_is_a_programming_error_not_a_domain_outcome() {
    Throwable failure = failureOf(scratch.mapper::misspelledSelect);

    assertThat(failure)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("42601")
        .hasCauseInstanceOf(PersistenceException.class);
  }

  @Test
  void a_statement_cancelled_by_statement_timeout_is_unavailable() {
    Throwable failure =
        failureOf(
            () -> {
              scratch.mapper.shortenStatementTimeout();
              return scratch.mapper.sleepOneSecond();
            });

    assertThat(failure).isInstanceOf(Unavailable.class).hasMessageContaining("took too long");
    assertClientSafe((Unavailable) failure);
  }

  @Test
  void a_serialization_failure_is_unavailable_once_it_is_not_retried() {
    Throwable failure =
        failureOf(
            () -> {
              scratch.mapper.failSerialization();
              return null;
            });

    assertThat(failure).isInstanceOf(Unavailable.class);
    assertClientSafe((Unavailable) failure);
  }

  @Test
  void a_failed_batch_names_the_constraint_the_server_reported() throws SQLException {
    scratch.transactions.inTransaction(() -> scratch.mapper.addParent(parentId));
    SQLException batchFailure;
    try (Connection connection = TestDatabase.adminDataSource().getConnection();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO scratch_parent (id) VALUES (?)")) {
      insert.setLong(1, parentId);
      insert.addBatch();
      batchFailure = (SQLException) catchThrowable(insert::executeBatch);
    }

    RuntimeException translated =
        SqlStateTranslator.translate(new PersistenceException("batch failed", batchFailure));

    assertThat(translated).isInstanceOf(Conflict.class).hasMessageContaining("scratch_parent_pkey");
  }
}
