package dev.pindex.persistence;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void defaults_make_three_short_attempts_within_five_seconds() {
    RetryPolicy defaults = RetryPolicy.defaults();

    assertThat(defaults.maxAttempts()).isEqualTo(3);
    assertThat(defaults.initialBackoff()).isEqualTo(ofMillis(50));
    assertThat(defaults.maxBackoff()).isEqualTo(ofSeconds(1));
    assertThat(defaults.budget()).isEqualTo(ofSeconds(5));
  }

  @Test
  void refuses_fewer_than_one_attempt() {
    assertThatThrownBy(() -> new RetryPolicy(0, ofMillis(50), 2, 0.5, ofSeconds(1), ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
  }

  @Test
  void refuses_a_backoff_below_one_millisecond() {
    assertThatThrownBy(() -> new RetryPolicy(3, ZERO, 2, 0.5, ofSeconds(1), ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("initialBackoff");
  }

  @Test
  void refuses_a_shrinking_backoff() {
    assertThatThrownBy(() -> new RetryPolicy(3, ofMillis(50), 0.5, 0.5, ofSeconds(1), ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("multiplier");
  }

  @Test
  void refuses_jitter_outside_zero_to_one() {
    assertThatThrownBy(() -> new RetryPolicy(3, ofMillis(50), 2, 1.5, ofSeconds(1), ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jitter");
  }

  @Test
  void refuses_a_cap_below_the_first_backoff() {
    assertThatThrownBy(() -> new RetryPolicy(3, ofMillis(50), 2, 0.5, ofMillis(10), ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBackoff");
  }

  @Test
  void refuses_an_empty_budget() {
    assertThatThrownBy(() -> new RetryPolicy(3, ofMillis(50), 2, 0.5, ofSeconds(1), ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budget");
  }
}
