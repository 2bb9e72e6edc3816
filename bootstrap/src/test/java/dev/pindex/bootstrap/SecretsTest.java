package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest {

  private static final String KEY = "k".repeat(40);

  @Test
  void a_configured_key_is_used_as_given() {
    var secrets = Secrets.from(Map.of("TOKEN_SIGNING_KEY", KEY));
    assertThat(secrets.tokenKeyGenerated()).isFalse();
    assertThat(new String(secrets.tokenKey(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(KEY);
  }

  @Test
  void without_a_key_a_random_one_is_generated_at_each_start() {
    var first = Secrets.from(Map.of());
    var second = Secrets.from(Map.of());
    assertThat(first.tokenKeyGenerated()).isTrue();
    assertThat(first.tokenKey()).hasSize(Secrets.MIN_KEY_BYTES).isNotEqualTo(second.tokenKey());
  }

  @Test
  void a_short_key_is_refused_without_being_quoted() {
    assertThatThrownBy(() -> Secrets.from(Map.of("TOKEN_SIGNING_KEY", "short-secret")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessageContaining("TOKEN_SIGNING_KEY is too short")
        .message()
        .doesNotContain("short-secret");
  }

  @Test
  void token_lifetime_defaults_to_an_hour() {
    assertThat(Secrets.from(Map.of()).tokenLifetime()).isEqualTo(Duration.ofHours(1));
    assertThat(Secrets.from(Map.of("TOKEN_TTL_S", "600")).tokenLifetime())
        .isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void the_admin_account_needs_both_variables() {
    assertThat(Secrets.from(Map.of()).admin()).isEmpty();
    assertThat(
            Secrets.from(Map.of("ADMIN_EMAIL", "ops@example.com", "ADMIN_PASSWORD", "pw-123456"))
                .admin())
        .hasValueSatisfying(
            admin -> assertThat(admin.email().value()).isEqualTo("ops@example.com"));
    assertThatThrownBy(() -> Secrets.from(Map.of("ADMIN_EMAIL", "ops@example.com")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessageContaining("ADMIN_PASSWORD is missing");
    assertThatThrownBy(() -> Secrets.from(Map.of("ADMIN_PASSWORD", "pw-123456")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessageContaining("ADMIN_EMAIL is missing");
  }

  @Test
  void an_admin_account_that_could_never_log_in_stops_the_start() {
    assertThatThrownBy(
            () -> Secrets.from(Map.of("ADMIN_EMAIL", "ops@example.com", "ADMIN_PASSWORD", "short")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessageStartingWith("ADMIN_PASSWORD is invalid")
        .message()
        .doesNotContain("short");
    assertThatThrownBy(
            () ->
                Secrets.from(
                    Map.of("ADMIN_EMAIL", "not-an-email", "ADMIN_PASSWORD", "long-enough")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessageStartingWith("ADMIN_EMAIL is invalid");
  }

  @Test
  void the_cursor_key_is_derived_from_the_token_key_and_differs_from_it() {
    var secrets = Secrets.from(Map.of("TOKEN_SIGNING_KEY", KEY));
    assertThat(secrets.cursorKey())
        .hasSize(32)
        .isEqualTo(Secrets.from(Map.of("TOKEN_SIGNING_KEY", KEY)).cursorKey())
        .isNotEqualTo(secrets.tokenKey());
  }

  @Test
  void printing_the_configuration_shows_no_secret() {
    var config =
        AppConfig.from(
            Map.of(
                "TOKEN_SIGNING_KEY", KEY,
                "ADMIN_EMAIL", "ops@example.com",
                "ADMIN_PASSWORD", "hunter2-hunter2"));
    assertThat(config.toString()).doesNotContain(KEY, "hunter2").contains("ops@example.com");
  }

  @Test
  void demo_data_is_a_flag() {
    assertThat(AppConfig.from(Map.of()).demoData()).isFalse();
    assertThat(AppConfig.from(Map.of("DEMO_DATA", "true")).demoData()).isTrue();
    assertThatThrownBy(() -> AppConfig.from(Map.of("DEMO_DATA", "maybe")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessage("DEMO_DATA 'maybe' is not true or false");
  }
}
