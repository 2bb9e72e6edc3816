package dev.pindex.persistence.mapper;

/** A staged row whose key an earlier row of the same body already has. */
public record RepeatedKeyRow(long rowNo, long firstRowNo, long badRows) implements StagedBadRow {}
