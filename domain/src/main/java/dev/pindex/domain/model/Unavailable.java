package dev.pindex.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The store cannot serve now (unreachable, pool exhausted, statement cancelled) and any retry that
 * was safe has been spent; the client may try again after {@link #retryAfter()}.
 */
public final class Unavailable extends DomainException {

  private final Duration retryAfter;

  public Unavailable(String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
