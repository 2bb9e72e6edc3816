package dev.pindex.persistence.mapper;

import java.time.Instant;

/** A row of {@code strategy_config}. */
public record StrategyRow(
    long id,
    long userId,
    StrategyValues values,
    int version,
    Instant createdAt,
    Instant updatedAt) {}
