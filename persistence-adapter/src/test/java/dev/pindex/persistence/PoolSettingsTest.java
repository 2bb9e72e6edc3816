package dev.pindex.persistence;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PoolSettingsTest {

  private static PoolSettings settings(
      int poolSize, int maxOverflow, Duration poolTimeout, Duration recycle, Duration idle) {
    return new PoolSettings(poolSize, maxOverflow, poolTimeout, recycle, ofSeconds(30), idle);
  }

  @Test
  void max_pool_size_is_pool_size_plus_overflow() {
    assertThat(settings(20, 40, ofSeconds(30), ofMinutes(60), ofMinutes(10)).maxPoolSize())
        .isEqualTo(60);
  }

  @Test
  void refuses_an_empty_pool() {
    assertThatThrownBy(() -> settings(0, 0, ofSeconds(30), ZERO, ofMinutes(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("poolSize");
  }

  @Test
  void refuses_a_negative_overflow() {
    assertThatThrownBy(() -> settings(1, -1, ofSeconds(30), ZERO, ofMinutes(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxOverflow");
  }

  @Test
  void refuses_a_pool_timeout_below_hikaris_floor() {
    assertThatThrownBy(() -> settings(1, 0, ofMillis(249), ZERO, ofMinutes(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("poolTimeout");
  }

  @Test
  void refuses_a_recycle_below_hikaris_floor_but_accepts_zero_for_never() {
    assertThatThrownBy(() -> settings(1, 0, ofSeconds(30), ofSeconds(29), ofSeconds(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recycle");
    assertThat(settings(1, 0, ofSeconds(30), ZERO, ofMinutes(10)).recycle()).isZero();
  }

  @Test
  void refuses_a_non_positive_statement_timeout() {
    assertThatThrownBy(() -> new PoolSettings(1, 0, ofSeconds(30), ZERO, ZERO, ofMinutes(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("statementTimeout");
  }

  @Test
  void refuses_an_idle_timeout_that_hikari_would_ignore() {
    assertThatThrownBy(() -> settings(1, 1, ofSeconds(30), ZERO, ofSeconds(9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idleTimeout");
    assertThatThrownBy(() -> settings(1, 1, ofSeconds(30), ofMinutes(1), ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idleTimeout");
  }
}
