package dev.pindex.persistence;

import static java.time.Duration.ZERO;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The pool's configuration for given settings; no connection is made. */
class HikariDataSourceFactoryTest {

  private static final ConnectionSettings CONNECTION =
      new ConnectionSettings("jdbc:postgresql://db:5432/pindex", "app", "s3cret");

  private static final PoolSettings PROD =
      new PoolSettings(20, 40, ofSeconds(30), ofMinutes(60), ofSeconds(30), ofMinutes(10));

  private static final PoolSettings SINGLE_CONNECTION =
      new PoolSettings(1, 0, ofSeconds(30), ZERO, Duration.ofMillis(2500), ofMinutes(10));

  @Test
  void steady_pool_is_minimum_idle_and_overflow_raises_the_maximum() {
    HikariConfig config = HikariDataSourceFactory.config(CONNECTION, PROD, "pindex");

    assertThat(config.getMinimumIdle()).isEqualTo(20);
    assertThat(config.getMaximumPoolSize()).isEqualTo(60);
  }

  @Test
  void overflow_connections_retire_after_the_idle_timeout() {
    HikariConfig config = HikariDataSourceFactory.config(CONNECTION, PROD, "pindex");

    assertThat(config.getIdleTimeout()).isEqualTo(ofMinutes(10).toMillis());
  }

  @Test
  void a_fixed_size_pool_has_no_idle_retirement() {
    HikariConfig config = HikariDataSourceFactory.config(CONNECTION, SINGLE_CONNECTION, "pindex");

    assertThat(config.getMinimumIdle()).isEqualTo(1);
    assertThat(config.getMaximumPoolSize()).isEqualTo(1);
    assertThat(config.getIdleTimeout()).isZero();
  }

  @Test
  void pool_timeout_recycle_keepalive_and_validation_are_mapped() {
    HikariConfig config = HikariDataSourceFactory.config(CONNECTION, PROD, "pindex");

    assertThat(config.getConnectionTimeout()).isEqualTo(30_000);
    assertThat(config.getMaxLifetime()).isEqualTo(ofMinutes(60).toMillis());
    assertThat(config.getKeepaliveTime()).isEqualTo(ofMinutes(2).toMillis());
    assertThat(config.getValidationTimeout()).isEqualTo(2_000);
  }

  @Test
  void recycle_zero_keeps_connections_forever_and_still_keeps_them_alive() {
    HikariConfig config = HikariDataSourceFactory.config(CONNECTION, SINGLE_CONNECTION, "pindex");

    assertThat(config.getMaxLifetime()).isZero();
    assertThat(config.getKeepaliveTime()).isEqualTo(ofMinutes(2).toMillis());
  }

  @Test
  void keepalive_is_off_when_connections_are_recycled_more_often_than_it_would_run() {
    PoolSettings quickRecycle =
        new PoolSettings(2, 0, ofSeconds(30), ofSeconds(90), ofSeconds(30), ofSeconds(60));

    HikariConfig config = HikariDataSourceFactory.config(CONNECTION, quickRecycle, "pindex");

    assertThat(config.getKeepaliveTime()).isZero();
  }

  @Test
  void validation_never_takes_longer_than_the_pool_timeout() {
    PoolSettings shortWait =
        new PoolSettings(1, 0, Duration.ofMillis(300), ZERO, ofSeconds(30), ofMinutes(10));

    HikariConfig config = HikariDataSourceFactory.config(CONNECTION, shortWait, "pindex");

    assertThat(config.getValidationTimeout()).isEqualTo(300);
  }

  @Test
  void connections_start_without_auto_commit_under_the_pool_name_and_credentials() {
    HikariConfig config = HikariDataSourceFactory.config(CONNECTION, PROD, "pindex-main");

    assertThat(config.isAutoCommit()).isFalse();
    assertThat(config.getPoolName()).isEqualTo("pindex-main");
    assertThat(config.getJdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/pindex");
    assertThat(config.getUsername()).isEqualTo("app");
    assertThat(config.getPassword()).isEqualTo("s3cret");
  }

  @Test
  void driver_gets_statement_timeout_application_name_and_bounded_network_waits() {
    HikariConfig config = HikariDataSourceFactory.config(CONNECTION, PROD, "pindex");

    assertThat(config.getDataSourceProperties())
        .containsEntry("options", "-c statement_timeout=30000")
        .containsEntry("ApplicationName", "pindex")
        .containsEntry("connectTimeout", "5")
        .containsEntry("loginTimeout", "5")
        .containsEntry("socketTimeout", "40")
        .containsEntry("tcpKeepAlive", "true")
        .containsEntry("reWriteBatchedInserts", "true");
  }

  @Test
  void socket_timeout_rounds_a_fractional_statement_timeout_up_before_adding_the_margin() {
    HikariConfig config = HikariDataSourceFactory.config(CONNECTION, SINGLE_CONNECTION, "pindex");

    assertThat(config.getDataSourceProperties())
        .containsEntry("options", "-c statement_timeout=2500")
        .containsEntry("socketTimeout", "13");
  }

  @Test
  void hikaris_own_validation_leaves_every_mapped_value_unchanged() {
    for (PoolSettings settings : new PoolSettings[] {PROD, SINGLE_CONNECTION}) {
      HikariConfig config = HikariDataSourceFactory.config(CONNECTION, settings, "pindex");
      HikariConfig validated = HikariDataSourceFactory.config(CONNECTION, settings, "pindex");

      validated.validate();

      assertThat(validated.getMinimumIdle()).isEqualTo(config.getMinimumIdle());
      assertThat(validated.getMaximumPoolSize()).isEqualTo(config.getMaximumPoolSize());
      assertThat(validated.getIdleTimeout()).isEqualTo(config.getIdleTimeout());
      assertThat(validated.getConnectionTimeout()).isEqualTo(config.getConnectionTimeout());
      assertThat(validated.getMaxLifetime()).isEqualTo(config.getMaxLifetime());
      assertThat(validated.getKeepaliveTime()).isEqualTo(config.getKeepaliveTime());
      assertThat(validated.getValidationTimeout()).isEqualTo(config.getValidationTimeout());
    }
  }
}
