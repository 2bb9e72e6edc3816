package dev.pindex.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Savepoint;
import java.util.function.Supplier;
import org.apache.ibatis.exceptions.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a bulk merge check its foreign keys once per referenced row instead of once per row.
 *
 * <p>PostgreSQL checks a foreign key with a trigger for every inserted row, which on a load of a
 * million prices costs more than inserting them. The merge already joins every staged row to the
 * row it refers to, so all the check adds is that the referenced row stays until the transaction
 * ends: locking each referenced row once {@code FOR KEY SHARE}, as the per-row check does, and
 * merging with {@code session_replication_role = replica}, which skips triggers (the foreign keys'
 * among them), keeps that guarantee at a fraction of the cost. Other triggers are skipped too, so a
 * merge sets what they would ({@code updated_at}) itself. The setting lasts for the merge only: it
 * is put back after it, and a rollback to a savepoint taken before undoes it as well.
 *
 * <p>The setting takes a superuser or, from PostgreSQL 15, {@code GRANT SET ON PARAMETER
 * session_replication_role} to the service's role. A role without it is found out on its first load
 * (the refusal rolled back to a savepoint), and from then on its merges keep the row-by-row checks:
 * slower, the same result.
 */
final class BulkReferenceChecks {

  private static final Logger LOG = LoggerFactory.getLogger(BulkReferenceChecks.class);
  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  private volatile boolean refused;

  /** Runs the merge with its references locked and triggers off, or as it is when not allowed. */
  <T> T during(Connection connection, Runnable lockReferences, Supplier<T> merge) {
    if (refused || !triggersOff(connection)) {
      return merge.get();
    }
    lockReferences.run();
    T merged = merge.get();
    setReplicationRole(connection, "origin");
    return merged;
  }

  private boolean triggersOff(Connection connection) {
    Savepoint beforeSetting =
        Jdbc.call("set a savepoint before session_replication_role", connection::setSavepoint);
    try {
      setReplicationRole(connection, "replica");
    } catch (PersistenceException e) {
      if (!SqlStateTranslator.hasSqlState(e, INSUFFICIENT_PRIVILEGE)) {
        throw e;
      }
      Jdbc.run("undo a refused setting", () -> connection.rollback(beforeSetting));
      refused = true;
      LOG.info(
          "this database role may not set session_replication_role, so bulk loads keep"
              + " PostgreSQL's row-by-row foreign key checks (slower; see the README)");
      return false;
    }
    Jdbc.run("release a savepoint", () -> connection.releaseSavepoint(beforeSetting));
    return true;
  }

  private static void setReplicationRole(Connection connection, String role) {
    Jdbc.run(
        "set session_replication_role",
        () -> {
          try (PreparedStatement set =
              connection.prepareStatement(
                  "SELECT set_config('session_replication_role', ?, true)")) {
            set.setString(1, role);
            set.execute();
          }
        });
  }
}
