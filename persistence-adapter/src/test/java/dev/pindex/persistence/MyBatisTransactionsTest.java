package dev.pindex.persistence;

import static dev.pindex.persistence.Scratch.committedNotes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.model.Conflict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MyBatisTransactionsTest {

  private final Scratch scratch = new Scratch();
  private final String owner = ScratchTables.newOwner();

  @AfterEach
  void closePool() {
    scratch.close();
  }

  @Test
  void commits_a_write_that_mybatis_did_not_see_as_one() {
    scratch.transactions.inTransaction(() -> scratch.mapper.addNoteThroughSelect(owner, "a"));

    assertThat(committedNotes(owner)).containsExactly("a");
  }

  @Test
  void a_constraint_violation_under_a_savepoint_is_translated_and_the_transaction_goes_on() {
    long id = ScratchTables.newId();

    List<String> seen =
        scratch.transactions.inTransaction(
            () -> {
              scratch.mapper.addParent(id);
              assertThatThrownBy(
                      () -> scratch.transactions.savepoint(() -> scratch.mapper.addParent(id)))
                  .isInstanceOf(Conflict.class);
              scratch.mapper.addNote(owner, "still usable");
              return scratch.mapper.notes(owner);
            });

    assertThat(seen).containsExactly("still usable");
    assertThat(committedNotes(owner)).containsExactly("still usable");
  }

  @Test
  void the_connection_handed_out_inside_a_unit_is_the_one_its_mappers_use() {
    int[] backendPids =
        scratch.transactions.inTransaction(
            () -> {
              try (Statement statement = scratch.transactions.connection().createStatement();
                  ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
                pid.next();
                return new int[] {pid.getInt(1), scratch.mapper.backendPid()};
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });

    assertThat(backendPids[0]).isEqualTo(backendPids[1]);
  }

  @Test
  void the_connection_is_refused_outside_a_unit_of_work() {
    assertThatThrownBy(() -> scratch.transactions.connection())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("only available inside a unit of work");
  }

  @Test
  void the_connection_goes_back_to_the_pool_after_each_unit() {
    scratch.transactions.inTransaction(() -> scratch.mapper.addNote(owner, "a"));
    assertThat(scratch.activeConnections()).isZero();

    assertThatThrownBy(
            () ->
                scratch.transactions.readOnly(
                    () -> {
                      scratch.mapper.notes(owner);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");
    assertThat(scratch.activeConnections()).isZero();
  }

  @Test
  void a_nested_unit_joins_the_outer_one_and_rolls_back_with_it() {
    IllegalStateException failure = new IllegalStateException("outer fails late");

    assertThatThrownBy(
            () ->
                scratch.transactions.inTransaction(
                    () -> {
                      int outerPid = scratch.mapper.backendPid();
                      int innerPid =
                          scratch.transactions.inIdempotentTransaction(
                              () -> {
                                scratch.mapper.addNote(owner, "inner");
                                return scratch.mapper.backendPid();
                              });
                      assertThat(innerPid).isEqualTo(outerPid);
                      throw failure;
                    }))
        .isSameAs(failure);
    assertThat(committedNotes(owner)).isEmpty();
  }

  @Test
  void a_fault_leaves_a_joined_unit_translated() {
    long id = ScratchTables.newId();

    assertThatThrownBy(
            () ->
                scratch.transactions.inTransaction(
                    () -> {
                      scratch.mapper.addParent(id);
                      assertThatThrownBy(
                              () ->
                                  scratch.transactions.inTransaction(
                                      () -> scratch.mapper.addParent(id)))
                          .isInstanceOf(Conflict.class);
                      throw new IllegalStateException("outer gives up");
                    }))
        .hasMessage("outer gives up");
  }

  @Test
  void a_read_only_unit_runs_in_a_read_only_transaction_that_refuses_writes() {
    assertThat(scratch.transactions.readOnly(scratch.mapper::transactionReadOnly)).isEqualTo("on");

    assertThatThrownBy(
            () -> scratch.transactions.readOnly(() -> scratch.mapper.addNote(owner, "a")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("25006");
    assertThat(committedNotes(owner)).isEmpty();
  }

  @Test
  void the_connection_is_writable_again_after_a_read_only_unit() {
    try (Scratch singleConnection =
        new Scratch(1, java.time.Duration.ofSeconds(5), RetryPolicy.defaults())) {
      int readOnlyPid = singleConnection.transactions.readOnly(singleConnection.mapper::backendPid);

      int writablePid =
          singleConnection.transactions.inTransaction(
              () -> {
                assertThat(singleConnection.mapper.transactionReadOnly()).isEqualTo("off");
                singleConnection.mapper.addNote(owner, "written");
                return singleConnection.mapper.backendPid();
              });

      assertThat(writablePid).isEqualTo(readOnlyPid);
      assertThat(committedNotes(owner)).containsExactly("written");
    }
  }

  @Test
  void a_mapper_fails_loudly_outside_a_unit_of_work() {
    assertThatThrownBy(() -> scratch.mapper.notes(owner))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ScratchMapper.notes called outside a unit of work");
  }

  @Test
  void a_mapper_that_is_not_registered_is_refused() {
    assertThatThrownBy(() -> scratch.transactions.mapper(Runnable.class))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void every_transaction_is_timed() {
    scratch.transactions.inTransaction(() -> scratch.mapper.addNote(owner, "a"));
    scratch.transactions.readOnly(() -> scratch.mapper.notes(owner));

    assertThat(scratch.metrics.timer(MyBatisTransactions.TRANSACTION_TIMER).getCount())
        .isEqualTo(2);
  }
}
