package dev.pindex.persistence;

import static dev.pindex.persistence.Scratch.committedNotes;
import static dev.pindex.persistence.Scratch.terminateBackend;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.Gauge;
import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.Unavailable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which units are run again after a transient fault, and how often. */
class TransientFaultRetryTest {

  private final Scratch scratch = new Scratch();
  private final String owner = ScratchTables.newOwner();
  private final AtomicInteger attempts = new AtomicInteger();

  @AfterEach
  void closePool() {
    scratch.close();
  }

  private long retryGauge(String outcome) {
    Gauge<?> gauge =
        scratch.metrics.getGauges().get(TransientFaultRetry.METRIC_PREFIX + "." + outcome);
    return (Long) gauge.getValue();
  }

  /** Writes a note, then loses its connection on the first attempt only. */
  private List<String> writeThenLoseTheConnectionOnce() {
    List<String> seenBeforeWriting = scratch.mapper.notes(owner);
    scratch.mapper.addNote(owner, "attempt " + attempts.incrementAndGet());
    if (attempts.get() == 1) {
      terminateBackend(scratch.mapper.backendPid());
    }
    scratch.mapper.notes(owner);
    return seenBeforeWriting;
  }

  @Test
  void a_read_only_unit_whose_backend_is_killed_is_run_again_on_a_new_connection() {
    List<Integer> backends = new ArrayList<>();

    List<String> notes =
        scratch.transactions.readOnly(
            () -> {
              int pid = scratch.mapper.backendPid();
              backends.add(pid);
              if (backends.size() == 1) {
                terminateBackend(pid);
              }
              return scratch.mapper.notes(owner);
            });

    assertThat(notes).isEmpty();
    assertThat(backends).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void an_idempotent_unit_whose_backend_is_killed_is_run_again_from_a_clean_transaction() {
    List<String> seenBeforeWriting =
        scratch.transactions.inIdempotentTransaction(this::writeThenLoseTheConnectionOnce);

    assertThat(attempts).hasValue(2);
    assertThat(seenBeforeWriting).as("the first attempt's write was rolled back").isEmpty();
    assertThat(committedNotes(owner)).containsExactly("attempt 2");
  }

  @Test
  void a_non_idempotent_unit_whose_backend_is_killed_is_not_repeated() {
    assertThatThrownBy(
            () -> scratch.transactions.inTransaction(this::writeThenLoseTheConnectionOnce))
        .isInstanceOf(Unavailable.class);

    assertThat(attempts).hasValue(1);
    assertThat(committedNotes(owner)).isEmpty();
  }

  @Test
  void a_unit_that_keeps_failing_serialization_is_unavailable_once_its_attempts_are_spent() {
    assertThatThrownBy(
            () ->
                scratch.transactions.readOnly(
                    () -> {
                      attempts.incrementAndGet();
                      scratch.mapper.failSerialization();
                      return null;
                    }))
        .isInstanceOf(Unavailable.class);

    assertThat(attempts).hasValue(RetryPolicy.defaults().maxAttempts());
  }

  @Test
  void a_transient_fault_under_a_savepoint_retries_the_whole_unit() {
    assertThatThrownBy(
            () ->
                scratch.transactions.inIdempotentTransaction(
                    () -> {
                      scratch.mapper.addNote(owner, "attempt " + attempts.incrementAndGet());
                      return scratch.transactions.savepoint(
                          () -> {
                            scratch.mapper.failSerialization();
                            return null;
                          });
                    }))
        .isInstanceOf(Unavailable.class);

    assertThat(attempts).hasValue(RetryPolicy.defaults().maxAttempts());
    assertThat(committedNotes(owner)).isEmpty();
  }

  @Test
  void a_statement_cancelled_by_its_timeout_is_not_repeated() {
    assertThatThrownBy(
            () ->
                scratch.transactions.readOnly(
                    () -> {
                      attempts.incrementAndGet();
                      scratch.mapper.shortenStatementTimeout();
                      return scratch.mapper.sleepOneSecond();
                    }))
        .isInstanceOf(Unavailable.class);

    assertThat(attempts).hasValue(1);
  }

  @Test
  void a_constraint_violation_is_not_repeated() {
    long id = ScratchTables.newId();

    assertThatThrownBy(
            () ->
                scratch.transactions.inIdempotentTransaction(
                    () -> {
                      attempts.incrementAndGet();
                      return scratch.mapper.addParent(id) + scratch.mapper.addParent(id);
                    }))
        .isInstanceOf(Conflict.class);

    assertThat(attempts).hasValue(1);
  }

  @Test
  void no_attempt_starts_once_the_time_budget_is_spent() throws Exception {
    RetryPolicy tightBudget =
        new RetryPolicy(
            5, Duration.ofMillis(1), 1.0, 0.0, Duration.ofMillis(1), Duration.ofMillis(200));
    try (Scratch budgeted = new Scratch(1, Duration.ofSeconds(5), tightBudget)) {
      assertThatThrownBy(
              () ->
                  budgeted.transactions.readOnly(
                      () -> {
                        attempts.incrementAndGet();
                        sleep(Duration.ofMillis(250));
                        budgeted.mapper.failSerialization();
                        return null;
                      }))
          .isInstanceOf(Unavailable.class);
    }

    assertThat(attempts).hasValue(1);
  }

  @Test
  void retry_gauges_count_units_by_outcome() {
    scratch.transactions.readOnly(() -> scratch.mapper.notes(owner));
    scratch.transactions.inIdempotentTransaction(this::writeThenLoseTheConnectionOnce);
    assertThatThrownBy(
            () ->
                scratch.transactions.readOnly(
                    () -> {
                      scratch.mapper.failSerialization();
                      return null;
                    }))
        .isInstanceOf(Unavailable.class);
    assertThatThrownBy(() -> scratch.transactions.readOnly(scratch.mapper::misspelledSelect))
        .isInstanceOf(IllegalStateException.class);

    assertThat(retryGauge("successful_without_retry")).isEqualTo(1);
    assertThat(retryGauge("successful_with_retry")).isEqualTo(1);
    assertThat(retryGauge("failed_with_retry")).isEqualTo(1);
    assertThat(retryGauge("failed_without_retry")).isEqualTo(1);
  }

  @Test
  void each_attempt_is_timed_as_its_own_transaction() {
    scratch.transactions.inIdempotentTransaction(this::writeThenLoseTheConnectionOnce);

    assertThat(scratch.metrics.timer(MyBatisTransactions.TRANSACTION_TIMER).getCount())
        .isEqualTo(2);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
