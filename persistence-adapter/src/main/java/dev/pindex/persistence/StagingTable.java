package dev.pindex.persistence;

import dev.pindex.persistence.mapper.MergeCountsRow;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What {@link PostgresBulkUpsert} needs to know of one table: its staging table's statements, and
 * how one row is written for COPY.
 *
 * @param create creates the empty staging table, dropped at commit, after dropping one an earlier
 *     load of the same transaction left
 * @param copyStatement the {@code COPY ... FROM STDIN (FORMAT csv)} statement filling the staging
 *     table, {@code row_no} first
 * @param writeColumns writes one row's columns after its number, in the order {@code copyStatement}
 *     names them
 * @param findBadRows adds the staged rows that break the table's rules (an unknown symbol, a key
 *     twice) to the given {@link BadRows}, each check limited to {@link BadRows#REPORTED} rows
 * @param merge inserts or updates the staged rows in the table with one statement, in the key's
 *     order; it takes one row per key and only rows whose references exist, so its counts fall
 *     short of the staged rows exactly when a row breaks the table's rules
 */
record StagingTable<T>(
    Runnable create,
    String copyStatement,
    BiConsumer<T, CsvRowWriter> writeColumns,
    Consumer<BadRows> findBadRows,
    Supplier<MergeCountsRow> merge) {}
