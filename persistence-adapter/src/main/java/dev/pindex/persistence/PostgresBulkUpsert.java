package dev.pindex.persistence;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.persistence.mapper.MergeCountsRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.apache.ibatis.exceptions.PersistenceException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * A bulk upsert the way PostgreSQL does it fastest, shared by the repositories of prices, index
 * values and risk metrics, in the unit of work that calls it:
 *
 * <ol>
 *   <li>a temporary staging table, dropped at commit;
 *   <li>{@code COPY staging FROM STDIN}, fed row by row from the caller's iterator through a fixed
 *       buffer in PostgreSQL's binary format (see {@link BinaryCopyWriter}), so a body of millions
 *       of rows is never held in memory; rows the caller already found bad are not copied but
 *       counted;
 *   <li>when none was bad, the merge behind a savepoint, counting inserted and updated rows: new
 *       keys are inserted, stored rows rewritten only where their values change. It keeps one row
 *       per key and joins the rows to what they refer to, so a key given twice or an unknown symbol
 *       makes the counts fall short of the staged rows rather than failing: the merge doubles as
 *       the check, and a good body costs one pass over the staging table, not three. Foreign keys
 *       are checked once per referenced row where the database role allows it (see {@link
 *       BulkReferenceChecks}). When another load writes the same keys at the same time and the
 *       merge fails for it (a unique violation, a deadlock), it is rolled back to the savepoint and
 *       done again with {@code ON CONFLICT} in the key's order, which waits instead (and, should it
 *       still deadlock with a load in its fast merge, is rolled back and done again);
 *   <li>when a row was bad or the counts fell short, the merge is rolled back to the savepoint and
 *       the table's checks (unknown symbols, a key twice) run as SQL over the whole staging table,
 *       giving {@code ValidationFailed} listing the first {@value BadRows#REPORTED} bad rows by row
 *       number; nothing is stored.
 * </ol>
 *
 * <p>The statement and network timeouts are lifted meanwhile (see {@link LiftedTimeouts}).
 */
final class PostgresBulkUpsert<T> {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String DEADLOCK = "40P01";
  // each failed attempt lets one load that deadlocked with it finish first
  private static final int KEY_ORDER_ATTEMPTS = 5;

  private final MyBatisTransactions transactions;
  private final StagingTable<T> table;
  private final BulkReferenceChecks referenceChecks = new BulkReferenceChecks();

  PostgresBulkUpsert(MyBatisTransactions transactions, StagingTable<T> table) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.table = Objects.requireNonNull(table, "table");
  }

  UpsertCounts upsert(Iterator<BulkRow<T>> rows) {
    Connection connection = transactions.connection();
    return LiftedTimeouts.during(connection, () -> load(connection, rows));
  }

  private UpsertCounts load(Connection connection, Iterator<BulkRow<T>> rows) {
    table.create().run();
    BadRows badRows = new BadRows();
    Copied copied = copy(connection, rows, badRows);
    if (badRows.isEmpty()) {
      Optional<MergeCountsRow> merged = mergeEveryStagedRow(connection, copied.staged());
      if (merged.isPresent()) {
        return new UpsertCounts(copied.received(), merged.get().inserted(), merged.get().updated());
      }
    }
    table.findBadRows().accept(badRows);
    if (badRows.isEmpty()) {
      // the merge missed rows for a reason gone by the time the checks looked: an asset missing
      // then was created meanwhile
      throw new Conflict("Rows refer to data changed while they loaded, so nothing was stored.");
    }
    throw badRows.failure();
  }

  /** The merge's counts when it took every staged row; else empty, with nothing merged. */
  private Optional<MergeCountsRow> mergeEveryStagedRow(Connection connection, long staged) {
    Savepoint beforeMerge = Jdbc.call("set a savepoint before the merge", connection::setSavepoint);
    MergeCountsRow merged;
    try {
      merged = fastMerge(connection);
    } catch (PersistenceException e) {
      if (!SqlStateTranslator.hasSqlState(e, UNIQUE_VIOLATION, DEADLOCK)) {
        throw e;
      }
      merged = mergeInKeyOrder(connection, beforeMerge);
    }
    if (merged.inserted() + merged.updated() == staged) {
      Jdbc.run("release the merge's savepoint", () -> connection.releaseSavepoint(beforeMerge));
      return Optional.of(merged);
    }
    Jdbc.run("undo a merge that missed rows", () -> connection.rollback(beforeMerge));
    return Optional.empty();
  }

  /**
   * The merge done again with {@code ON CONFLICT} in the key's order, which waits for another load
   * of the same keys instead of failing. It can still be a deadlock's victim while another load's
   * fast merge holds rows in no particular order: rolled back to the savepoint, it lets that load
   * finish and tries again, as many times as there may be such loads, within reason.
   */
  private MergeCountsRow mergeInKeyOrder(Connection connection, Savepoint beforeMerge) {
    for (int attempt = 1; ; attempt++) {
      Jdbc.run(
          "undo a merge another load got in the way of", () -> connection.rollback(beforeMerge));
      try {
        return table.mergeInKeyOrder().get();
      } catch (PersistenceException e) {
        if (attempt == KEY_ORDER_ATTEMPTS || !SqlStateTranslator.hasSqlState(e, DEADLOCK)) {
          throw e;
        }
      }
    }
  }

  private MergeCountsRow fastMerge(Connection connection) {
    return table
        .lockReferences()
        .map(lock -> referenceChecks.during(connection, lock, table.merge()))
        .orElseGet(table.merge());
  }

  private record Copied(long received, long staged) {}

  private Copied copy(Connection connection, Iterator<BulkRow<T>> rows, BadRows badRows) {
    PGCopyOutputStream copy =
        Jdbc.call(
            "start copying into the staging table",
            () ->
                new PGCopyOutputStream(
                    connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(table.copyStatement())));
    try {
      BinaryCopyWriter writer = new BinaryCopyWriter(copy, table.columns().size());
      long received = 0;
      while (rows.hasNext()) {
        BulkRow<T> row = rows.next();
        received++;
        if (row.isValid()) {
          table.writeColumns().accept(row.value(), writer.number(row.number()));
          writer.endRow();
        } else {
          badRows.add(row.number(), row.problem());
        }
      }
      writer.finish();
      return new Copied(received, copy.endCopy());
    } catch (SQLException e) {
      cancel(copy, e);
      throw new PersistenceException("Could not copy the rows into the staging table", e);
    } catch (RuntimeException | Error e) {
      // the iterator failed (the client's body broke off), or writing a row did: an
      // UncheckedIOException whose causes keep the driver's SQLException for translation
      cancel(copy, e);
      throw e;
    }
  }

  // ends the COPY with an error, so the connection leaves copy mode and the unit can roll back
  private static void cancel(PGCopyOutputStream copy, Throwable failure) {
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException cancelFailure) {
      failure.addSuppressed(cancelFailure);
    }
  }
}
