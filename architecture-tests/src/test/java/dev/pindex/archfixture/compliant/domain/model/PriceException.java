package dev.pindex.archfixture.compliant.domain.model;

public abstract sealed class PriceException extends RuntimeException permits PriceNotFound {
  protected PriceException(String message) {
    super(message);
  }
}
