package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import dev.pindex.persistence.ConnectionSettings;
import dev.pindex.persistence.HikariDataSourceFactory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each profile finally asks of HikariCP and pgjdbc, end to end from the environment. */
class EffectivePoolSettingsTest {

  private static final ConnectionSettings DATABASE =
      new ConnectionSettings("jdbc:postgresql://127.0.0.1:5432/pindex", "app", "secret");

  @Test
  void test_profile_is_one_shared_connection_never_recycled() {
    HikariConfig hikari = hikari(Profile.TEST, Map.of());
    assertThat(hikari.getMinimumIdle()).isEqualTo(1);
    assertThat(hikari.getMaximumPoolSize()).isEqualTo(1);
    assertThat(hikari.getConnectionTimeout()).isEqualTo(30_000);
    assertThat(hikari.getMaxLifetime()).isZero();
    assertThat(statementTimeout(hikari)).isEqualTo("-c statement_timeout=10000");
  }

  @Test
  void embedded_and_dev_keep_five_and_grow_to_fifteen_recycling_every_half_hour() {
    for (Profile profile : new Profile[] {Profile.EMBEDDED, Profile.DEV}) {
      HikariConfig hikari = hikari(profile, Map.of());
      assertThat(hikari.getMinimumIdle()).as(profile.id()).isEqualTo(5);
      assertThat(hikari.getMaximumPoolSize()).as(profile.id()).isEqualTo(15);
      assertThat(hikari.getConnectionTimeout()).isEqualTo(30_000);
      assertThat(hikari.getMaxLifetime()).isEqualTo(Duration.ofMinutes(30).toMillis());
      assertThat(hikari.getIdleTimeout()).isEqualTo(Profile.OVERFLOW_IDLE_TIMEOUT.toMillis());
      assertThat(statementTimeout(hikari)).isEqualTo("-c statement_timeout=30000");
    }
  }

  @Test
  void prod_keeps_twenty_and_grows_to_sixty_recycling_every_hour() {
    HikariConfig hikari = hikari(Profile.PROD, Map.of());
    assertThat(hikari.getMinimumIdle()).isEqualTo(20);
    assertThat(hikari.getMaximumPoolSize()).isEqualTo(60);
    assertThat(hikari.getMaxLifetime()).isEqualTo(Duration.ofHours(1).toMillis());
    assertThat(statementTimeout(hikari)).isEqualTo("-c statement_timeout=15000");
  }

  @Test
  void every_profile_validates_keeps_alive_and_bounds_its_network_waits() {
    for (Profile profile : Profile.values()) {
      HikariConfig hikari = hikari(profile, Map.of());
      assertThat(hikari.isAutoCommit()).isFalse();
      assertThat(hikari.getValidationTimeout()).isPositive();
      assertThat(hikari.getKeepaliveTime()).as(profile.id() + " keepalive").isPositive();
      var properties = hikari.getDataSourceProperties();
      assertThat(properties.getProperty("tcpKeepAlive")).isEqualTo("true");
      assertThat(properties.getProperty("ApplicationName")).isEqualTo("pindex");
      assertThat(Integer.parseInt(properties.getProperty("connectTimeout"))).isPositive();
      assertThat(Long.parseLong(properties.getProperty("socketTimeout")))
          .as("socket timeout above statement_timeout")
          .isGreaterThan(profile.statementTimeout.getSeconds());
    }
  }

  @Test
  void db_variables_reach_hikari() {
    HikariConfig hikari =
        hikari(
            Profile.PROD,
            Map.of(
                "DB_POOL_SIZE", "4",
                "DB_MAX_OVERFLOW", "6",
                "DB_POOL_TIMEOUT_S", "3",
                "DB_POOL_RECYCLE_S", "900"));
    assertThat(hikari.getMinimumIdle()).isEqualTo(4);
    assertThat(hikari.getMaximumPoolSize()).isEqualTo(10);
    assertThat(hikari.getConnectionTimeout()).isEqualTo(3_000);
    assertThat(hikari.getMaxLifetime()).isEqualTo(900_000);
  }

  private static HikariConfig hikari(Profile profile, Map<String, String> env) {
    return HikariDataSourceFactory.config(DATABASE, AppConfig.pool(profile, env), "pindex");
  }

  private static String statementTimeout(HikariConfig hikari) {
    return hikari.getDataSourceProperties().getProperty("options");
  }
}
