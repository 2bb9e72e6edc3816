package dev.pindex.domain.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The portfolio's weights as set on {@code date}, ordered by symbol. */
public record Allocation(LocalDate date, List<AllocationItem> items) {

  public Allocation {
    Objects.requireNonNull(date, "date");
    items = List.copyOf(items);
  }
}
