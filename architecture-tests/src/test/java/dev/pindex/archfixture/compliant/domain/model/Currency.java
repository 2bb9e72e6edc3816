package dev.pindex.archfixture.compliant.domain.model;

public enum Currency {
  EUR,
  USD;

  private static final int DIGITS = 2;

  public int digits() {
    return DIGITS;
  }
}
