package dev.pindex.persistence.mapper;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One asset's row of {@code prices}. */
public record DailyPriceRow(LocalDate date, BigDecimal close, long volume) {}
