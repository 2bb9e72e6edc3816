package dev.pindex.persistence.mapper;

/** What merging a staging table into its table did: rows inserted, rows updated. */
public record MergeCountsRow(long inserted, long updated) {}
