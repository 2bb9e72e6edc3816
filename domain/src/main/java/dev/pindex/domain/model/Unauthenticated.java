package dev.pindex.domain.model;

/** The caller has no valid credentials. */
public final class Unauthenticated extends DomainException {

  public Unauthenticated(String message) {
    super(message);
  }

  public Unauthenticated(String message, Throwable cause) {
    super(message, cause);
  }
}
