package dev.pindex.domain.port.in;

import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Symbol;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

public record ListPricesQuery(
    Symbol symbol, DateRange range, Optional<LocalDate> after, PageLimit limit) {

  public ListPricesQuery {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(limit, "limit");
  }
}
