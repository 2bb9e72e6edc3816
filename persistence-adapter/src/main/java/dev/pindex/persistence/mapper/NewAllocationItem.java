package dev.pindex.persistence.mapper;

import java.math.BigDecimal;

/** An asset's weight to insert into an allocation. */
public record NewAllocationItem(long assetId, BigDecimal weight) {}
