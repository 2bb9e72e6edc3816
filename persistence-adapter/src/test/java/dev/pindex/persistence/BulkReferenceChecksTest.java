package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Triggers are off for the merge only, and only where the role may turn them off; the references
 * are locked exactly when they are.
 */
class BulkReferenceChecksTest {

  private static MigratedStore superuser;
  private static MigratedStore applicationRole;

  @BeforeAll
  static void openStores() {
    superuser = MigratedStore.create("reference_checks");
    applicationRole = MigratedStore.asApplicationRole("reference_checks_role");
  }

  @AfterAll
  static void closeStores() {
    superuser.close();
    applicationRole.close();
  }

  /** The replication role before, during and after each of two merges, and the locks taken. */
  private static List<String> twoMerges(MigratedStore store) {
    BulkReferenceChecks checks = new BulkReferenceChecks();
    return store.transactions.inTransaction(
        () -> {
          Connection connection = store.transactions.connection();
          List<String> seen = new ArrayList<>();
          for (int merge = 0; merge < 2; merge++) {
            seen.add(replicationRole(connection));
            seen.add(
                checks.during(
                    connection, () -> seen.add("locked"), () -> replicationRole(connection)));
            seen.add(replicationRole(connection));
          }
          return seen;
        });
  }

  private static String replicationRole(Connection connection) {
    try (Statement statement = connection.createStatement();
        ResultSet setting = statement.executeQuery("SHOW session_replication_role")) {
      setting.next();
      return setting.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_superuser_merges_with_triggers_off_and_its_references_locked_then_has_them_back() {
    assertThat(twoMerges(superuser))
        .containsExactly(
            "origin", "locked", "replica", "origin", "origin", "locked", "replica", "origin");
  }

  @Test
  void a_role_that_may_not_turn_triggers_off_merges_with_them_and_its_unit_goes_on() {
    assertThat(twoMerges(applicationRole))
        .containsExactly("origin", "origin", "origin", "origin", "origin", "origin");
  }
}
