package dev.pindex.persistence.mapper;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code allocations} with its asset's symbol and name. */
public record AllocationItemRow(
    LocalDate date, String symbol, long assetId, String name, BigDecimal weight) {}
