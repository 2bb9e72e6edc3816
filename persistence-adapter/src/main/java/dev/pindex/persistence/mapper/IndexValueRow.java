package dev.pindex.persistence.mapper;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of {@code index_values}. */
public record IndexValueRow(LocalDate date, BigDecimal value) {}
