package dev.pindex.domain.model;

/** The change collides with stored data: a duplicate key, or a reference still in use. */
public final class Conflict extends DomainException {

  public Conflict(String message) {
    super(message);
  }

  public Conflict(String message, Throwable cause) {
    super(message, cause);
  }
}
