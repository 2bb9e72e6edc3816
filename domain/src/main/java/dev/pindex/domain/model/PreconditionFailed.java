package dev.pindex.domain.model;

/** The client's precondition (an If-Match version) no longer holds. */
public final class PreconditionFailed extends DomainException {

  public PreconditionFailed(String message) {
    super(message);
  }

  public PreconditionFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
