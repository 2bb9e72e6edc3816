package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

  @Test
  void defaults_run_embedded_on_8080_and_8081_with_admin_on_loopback() {
    var config = AppConfig.from(Map.of());
    assertThat(config.profile()).isEqualTo(Profile.EMBEDDED);
    assertThat(config.embedded()).isTrue();
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.adminPort()).isEqualTo(8081);
    assertThat(config.adminBind()).isEqualTo("127.0.0.1");
    assertThat(config.dataDir()).isEqualTo(java.nio.file.Path.of("data").toAbsolutePath());
  }

  @Test
  void bulk_bodies_may_be_1_gib_and_others_1_mib_unless_configured() {
    var defaults = AppConfig.from(Map.of());
    assertThat(defaults.maxRequestBytes()).isEqualTo(1L << 20);
    assertThat(defaults.maxBulkRequestBytes()).isEqualTo(1L << 30);

    var configured =
        AppConfig.from(
            Map.of("HTTP_MAX_BODY_BYTES", "4096", "HTTP_MAX_BULK_BODY_BYTES", "10737418240"));
    assertThat(configured.maxRequestBytes()).isEqualTo(4096);
    assertThat(configured.maxBulkRequestBytes()).isEqualTo(10L << 30);
  }

  @Test
  void each_profile_has_the_designs_pool_settings() {
    assertPool(Profile.TEST, 1, 0, 30, Duration.ZERO);
    assertPool(Profile.EMBEDDED, 5, 10, 30, Duration.ofMinutes(30));
    assertPool(Profile.DEV, 5, 10, 30, Duration.ofMinutes(30));
    assertPool(Profile.PROD, 20, 40, 30, Duration.ofHours(1));
  }

  @Test
  void db_variables_override_the_profile() {
    var pool =
        AppConfig.pool(
            Profile.PROD,
            Map.of(
                "DB_POOL_SIZE", "3",
                "DB_MAX_OVERFLOW", "2",
                "DB_POOL_TIMEOUT_S", "7",
                "DB_POOL_RECYCLE_S", "600"));
    assertThat(pool.poolSize()).isEqualTo(3);
    assertThat(pool.maxOverflow()).isEqualTo(2);
    assertThat(pool.poolTimeout()).isEqualTo(Duration.ofSeconds(7));
    assertThat(pool.recycle()).isEqualTo(Duration.ofMinutes(10));
    assertThat(pool.statementTimeout()).isEqualTo(Profile.PROD.statementTimeout);
  }

  @Test
  void db_statement_timeout_ms_overrides_the_profiles_statement_timeout_down_to_100_ms() {
    assertThat(
            AppConfig.pool(Profile.DEV, Map.of("DB_STATEMENT_TIMEOUT_MS", "1500"))
                .statementTimeout())
        .isEqualTo(Duration.ofMillis(1500));
    assertThatThrownBy(() -> AppConfig.from(Map.of("DB_STATEMENT_TIMEOUT_MS", "30")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessageContaining("DB_STATEMENT_TIMEOUT_MS is 30");
  }

  @Test
  void a_bad_number_names_its_variable() {
    assertThatThrownBy(() -> AppConfig.from(Map.of("DB_POOL_SIZE", "many")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessage("DB_POOL_SIZE 'many' is not a whole number");
    assertThatThrownBy(() -> AppConfig.from(Map.of("DB_POOL_SIZE", "0")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessageContaining("DB_POOL_SIZE is 0");
    assertThatThrownBy(() -> AppConfig.from(Map.of("PORT", "70000")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessageContaining("PORT");
  }

  @Test
  void a_short_recycle_retires_overflow_before_it_and_a_too_short_one_is_refused() {
    var pool = AppConfig.pool(Profile.DEV, Map.of("DB_POOL_RECYCLE_S", "60"));
    assertThat(pool.idleTimeout()).isEqualTo(Duration.ofSeconds(59));
    assertThatThrownBy(() -> AppConfig.from(Map.of("DB_POOL_RECYCLE_S", "5")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessageContaining("DB_POOL_* settings")
        .hasMessageContaining("recycle");
  }

  @Test
  void prod_refuses_to_run_without_a_database_url() {
    assertThatThrownBy(() -> AppConfig.from(Map.of("RENDER", "yes")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessageContaining("prod needs DATABASE_URL");
  }

  @Test
  void the_configuration_prints_without_the_database_password() {
    var config = AppConfig.from(Map.of("DATABASE_URL", "postgres://u:hunter2@h/db"));
    assertThat(config.profile()).isEqualTo(Profile.DEV);
    assertThat(config.toString()).doesNotContain("hunter2");
  }

  @Test
  void logging_defaults_to_text_a_200_ms_slow_statement_and_no_sql_or_pool_log() {
    var logging = AppConfig.from(Map.of()).logging();
    assertThat(logging.format()).isEqualTo("text");
    assertThat(logging.statements().slowThreshold()).isEqualTo(Duration.ofMillis(200));
    assertThat(logging.statements().logEachStatement()).isFalse();
    assertThat(logging.pool()).isFalse();
  }

  @Test
  void logging_variables_reach_the_settings_and_an_unknown_format_is_refused() {
    var logging =
        AppConfig.from(
                Map.of(
                    "LOG_FORMAT", "json", "SLOW_QUERY_MS", "5", "LOG_SQL", "true", "LOG_POOL", "1"))
            .logging();
    assertThat(logging.format()).isEqualTo("json");
    assertThat(logging.statements().slowThreshold()).isEqualTo(Duration.ofMillis(5));
    assertThat(logging.statements().logEachStatement()).isTrue();
    assertThat(logging.pool()).isTrue();
    assertThatThrownBy(() -> AppConfig.from(Map.of("LOG_FORMAT", "JSON")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessage("LOG_FORMAT 'JSON' is unknown: use text or json");
    assertThatThrownBy(() -> AppConfig.from(Map.of("SLOW_QUERY_MS", "-1")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessageContaining("SLOW_QUERY_MS");
  }

  private static void assertPool(
      Profile profile, int size, int overflow, int timeoutSeconds, Duration recycle) {
    var pool = AppConfig.pool(profile, Map.of());
    assertThat(pool.poolSize()).as(profile + " pool_size").isEqualTo(size);
    assertThat(pool.maxOverflow()).as(profile + " max_overflow").isEqualTo(overflow);
    assertThat(pool.poolTimeout()).isEqualTo(Duration.ofSeconds(timeoutSeconds));
    assertThat(pool.recycle()).isEqualTo(recycle);
  }
}
