package dev.pindex.domain.model;

/** The caller is known but not allowed to do this. */
public final class Forbidden extends DomainException {

  public Forbidden(String message) {
    super(message);
  }

  public Forbidden(String message, Throwable cause) {
    super(message, cause);
  }
}
