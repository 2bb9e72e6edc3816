package dev.pindex.domain.model;

/** The resource is absent, or owned by somebody else. */
public final class NotFound extends DomainException {

  public NotFound(String message) {
    super(message);
  }

  public NotFound(String message, Throwable cause) {
    super(message, cause);
  }
}
