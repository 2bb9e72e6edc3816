package dev.pindex.archfixture.violations.modelkinds.domain.model;

/** Final fields, yet not a record: a class is where setters and identity creep in. */
public final class PriceBean {
  private final String symbol;

  public PriceBean(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
