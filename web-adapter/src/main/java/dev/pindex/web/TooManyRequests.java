package dev.pindex.web;

import java.time.Duration;
import java.util.Objects;

/** The client has used up its attempts for now; it may try again after {@link #retryAfter()}. */
final class TooManyRequests extends WebRefusal {

  private final Duration retryAfter;

  TooManyRequests(String detail, Duration retryAfter) {
    super(detail);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  Duration retryAfter() {
    return retryAfter;
  }
}
