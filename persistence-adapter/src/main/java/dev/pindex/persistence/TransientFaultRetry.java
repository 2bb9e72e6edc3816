package dev.pindex.persistence;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Repeats a whole unit of work after a transient fault, within the policy's attempts and time
 * budget, and translates whatever failure is left. Each attempt is a new unit of work with its own
 * session and connection.
 */
final class TransientFaultRetry {

  static final String METRIC_PREFIX = "pindex.db.retry";

  private final Retry retry;
  private final Duration budget;
  private final Duration maxBackoff;

  TransientFaultRetry(RetryPolicy policy, MetricRegistry metrics) {
    this.budget = policy.budget();
    this.maxBackoff = policy.maxBackoff();
    this.retry =
        Retry.of(
            "pindex-db",
            RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .intervalFunction(
                    IntervalFunction.ofExponentialRandomBackoff(
                        policy.initialBackoff(),
                        policy.multiplier(),
                        policy.jitter(),
                        policy.maxBackoff()))
                // the predicate stays stateless: whether a fault may be retried, budget included,
                // is decided by the attempt that met it
                .retryOnException(RetryableFailure.class::isInstance)
                .build());
    register(
        metrics,
        "successful_without_retry",
        Retry.Metrics::getNumberOfSuccessfulCallsWithoutRetryAttempt);
    register(
        metrics,
        "successful_with_retry",
        Retry.Metrics::getNumberOfSuccessfulCallsWithRetryAttempt);
    register(
        metrics, "failed_without_retry", Retry.Metrics::getNumberOfFailedCallsWithoutRetryAttempt);
    register(metrics, "failed_with_retry", Retry.Metrics::getNumberOfFailedCallsWithRetryAttempt);
  }

  <T> T run(Supplier<T> unitOfWork) {
    long startedNanos = System.nanoTime();
    try {
      return retry.executeSupplier(() -> attempt(unitOfWork, startedNanos));
    } catch (RetryableFailure lastAttempt) {
      throw SqlStateTranslator.translate(lastAttempt.failure);
    }
  }

  private <T> T attempt(Supplier<T> unitOfWork, long startedNanos) {
    try {
      return unitOfWork.get();
    } catch (RuntimeException failure) {
      if (SqlStateTranslator.isTransient(failure) && budgetAllowsAnotherAttempt(startedNanos)) {
        throw new RetryableFailure(failure);
      }
      throw SqlStateTranslator.translate(failure);
    }
  }

  // the next attempt starts after at most maxBackoff; it must start inside the budget
  private boolean budgetAllowsAnotherAttempt(long startedNanos) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
    return elapsed.plus(maxBackoff).compareTo(budget) <= 0;
  }

  private void register(
      MetricRegistry metrics, String outcome, ToLongFunction<Retry.Metrics> count) {
    Retry.Metrics retryMetrics = retry.getMetrics();
    metrics.register(
        MetricRegistry.name(METRIC_PREFIX, outcome),
        (Gauge<Long>) () -> count.applyAsLong(retryMetrics));
  }

  /** Marks a failure the retry may repeat; it never leaves this class. */
  private static final class RetryableFailure extends RuntimeException {

    private final transient RuntimeException failure;

    RetryableFailure(RuntimeException failure) {
      super(null, failure, false, false);
      this.failure = failure;
    }
  }
}
