package dev.pindex.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How a unit of work that is safe to repeat is retried after a transient fault: at most {@code
 * maxAttempts} runs, waiting {@code initialBackoff} times {@code multiplier} to the power of the
 * retry, spread by ± {@code jitter} (a fraction) and capped at {@code maxBackoff}; and no further
 * attempt once the {@code budget}, counted from the start of the first attempt, would be exceeded.
 */
public record RetryPolicy(
    int maxAttempts,
    Duration initialBackoff,
    double multiplier,
    double jitter,
    Duration maxBackoff,
    Duration budget) {

  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(budget, "budget");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    // resilience4j counts backoff in whole milliseconds and refuses anything below one
    if (initialBackoff.toMillis() < 1) {
      throw new IllegalArgumentException("initialBackoff must be at least 1 ms");
    }
    if (multiplier < 1.0) {
      throw new IllegalArgumentException("multiplier must be at least 1");
    }
    if (jitter < 0.0 || jitter > 1.0) {
      throw new IllegalArgumentException("jitter must lie in [0, 1]");
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
    }
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("budget must be positive");
    }
  }

  /**
   * 3 attempts, 50 ms doubling with ± 50 % jitter, waits capped at 1 s, 5 s in all.
   *
   * <p>The faults worth retrying clear quickly or not at all: a connection lost to a restarted
   * server or a load balancer is replaced by the pool in milliseconds (the next attempt borrows a
   * validated connection), and a serialization failure or deadlock usually succeeds on the next
   * try. The design this service comes from waited 2 to 10 s between 3 attempts, up to 20 s of
   * sleeping inside a request that also waits up to 30 s for a pooled connection, with threads and
   * connections held meanwhile. Short jittered waits keep retries from arriving in lockstep, and
   * the 5 s budget keeps a retried request well inside any client's timeout; beyond that the client
   * gets a 503 with a retry-after hint, which is the honest answer.
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        3, Duration.ofMillis(50), 2.0, 0.5, Duration.ofSeconds(1), Duration.ofSeconds(5));
  }
}
