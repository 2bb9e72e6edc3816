package dev.pindex.archfixture.compliant.domain.model;

public final class PriceNotFound extends PriceException {
  private final String symbol;

  public PriceNotFound(String symbol) {
    super("no price for " + symbol);
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }
}
