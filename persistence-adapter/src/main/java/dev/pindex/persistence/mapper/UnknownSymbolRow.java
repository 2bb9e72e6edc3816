package dev.pindex.persistence.mapper;

/** A staged row naming a symbol no asset has. */
public record UnknownSymbolRow(long rowNo, String symbol, long badRows) implements StagedBadRow {}
