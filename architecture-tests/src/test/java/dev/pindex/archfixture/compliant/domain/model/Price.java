package dev.pindex.archfixture.compliant.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

public record Price(String symbol, BigDecimal close, Currency currency) {
  public Price {
    Objects.requireNonNull(symbol, "symbol");
    Amounts.nonNegative("close", close);
  }
}
