package dev.pindex.domain.port.in;

import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.PageLimit;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A page of a date-keyed series (index values, risk metrics). */
public record ListDatedQuery(DateRange range, Optional<LocalDate> after, PageLimit limit) {

  public ListDatedQuery {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(limit, "limit");
  }
}
