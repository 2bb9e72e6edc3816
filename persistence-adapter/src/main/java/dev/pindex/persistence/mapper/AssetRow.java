package dev.pindex.persistence.mapper;

import java.time.Instant;

/** A row of {@code assets}. */
public record AssetRow(
    long id, String symbol, String name, String sector, Instant createdAt, Instant updatedAt) {}
