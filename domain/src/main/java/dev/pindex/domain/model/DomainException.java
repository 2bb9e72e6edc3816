package dev.pindex.domain.model;

/**
 * The one family of business outcomes that are not a plain success. Adapters translate their faults
 * into it; the web adapter maps it to HTTP in one place. Messages are written for clients: they
 * never carry SQL, driver text or secrets.
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFound,
        Conflict,
        ValidationFailed,
        PreconditionFailed,
        Unauthenticated,
        Forbidden,
        Unavailable {

  protected DomainException(String message) {
    super(message);
  }

  protected DomainException(String message, Throwable cause) {
    super(message, cause);
  }
}
