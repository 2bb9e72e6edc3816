package dev.pindex.archfixture.violations.domainadapter.domain.model;

import dev.pindex.archfixture.violations.domainadapter.web.PriceJson;

public record Price(String symbol) {
  public PriceJson toJson() {
    return new PriceJson(symbol);
  }
}
