package dev.pindex.domain.port.in;

import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Symbol;
import java.util.Objects;
import java.util.Optional;

public record ListAssetsQuery(Optional<String> sector, Optional<Symbol> after, PageLimit limit) {

  public ListAssetsQuery {
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(limit, "limit");
  }
}
