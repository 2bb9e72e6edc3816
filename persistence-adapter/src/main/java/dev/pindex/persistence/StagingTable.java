package dev.pindex.persistence;

import dev.pindex.persistence.mapper.MergeCountsRow;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What {@link PostgresBulkUpsert} needs to know of one table: its staging table's statements, and
 * how one row is written for COPY.
 *
 * @param name the staging table, as its mapper creates it
 * @param columns the staging table's columns in the order COPY fills them, {@code row_no} first
 * @param create creates the empty staging table, dropped at commit, after dropping one an earlier
 *     load of the same transaction left
 * @param writeColumns writes one row's values after its number, in the order of {@code columns} and
 *     of the columns' types
 * @param findBadRows adds the staged rows that break the table's rules (an unknown symbol, a key
 *     twice) to the given {@link BadRows}, each check limited to {@link BadRows#REPORTED} rows
 * @param lockReferences when the table has foreign keys, locks the rows the staged rows refer to
 *     (once per referenced row) against deletion until the transaction ends, which lets the merge
 *     run without the keys' row-by-row checks
 * @param merge inserts or updates the staged rows in the table as fast as it can; it takes one row
 *     per key and only rows whose references exist, so its counts fall short of the staged rows
 *     exactly when a row breaks the table's rules. It may fail when another load writes the same
 *     keys at the same time (a unique violation, a deadlock)
 * @param mergeInKeyOrder does what {@code merge} does, in the key's order and with {@code ON
 *     CONFLICT}, so that overlapping loads wait for each other instead of failing
 */
record StagingTable<T>(
    String name,
    List<String> columns,
    Runnable create,
    BiConsumer<T, BinaryCopyWriter> writeColumns,
    Consumer<BadRows> findBadRows,
    Optional<Runnable> lockReferences,
    Supplier<MergeCountsRow> merge,
    Supplier<MergeCountsRow> mergeInKeyOrder) {

  StagingTable {
    columns = List.copyOf(columns);
  }

  /** The name and columns are the code's own constants, never input, so they are spliced in. */
  String copyStatement() {
    return "COPY " + name + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT binary)";
  }
}
