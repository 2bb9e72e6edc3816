package dev.pindex.archfixture.violations.modelkinds.domain.model;

/** An exception outside any sealed family: the web adapter's single mapping would miss it. */
public final class PriceTooHigh extends RuntimeException {
  public PriceTooHigh(String message) {
    super(message);
  }
}
