package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileTest {

  @Test
  void app_profile_wins_when_set_in_any_case() {
    assertThat(Profile.resolve(Map.of("APP_PROFILE", "Test", "RENDER", "1")))
        .isEqualTo(Profile.TEST);
  }

  @Test
  void render_means_prod() {
    assertThat(Profile.resolve(Map.of("RENDER", "true", "DATABASE_URL", "postgres://h/db")))
        .isEqualTo(Profile.PROD);
  }

  @Test
  void a_database_url_without_a_profile_means_dev() {
    assertThat(Profile.resolve(Map.of("DATABASE_URL", "postgres://h/db"))).isEqualTo(Profile.DEV);
  }

  @Test
  void nothing_set_means_embedded_and_blank_values_count_as_unset() {
    assertThat(Profile.resolve(Map.of())).isEqualTo(Profile.EMBEDDED);
    assertThat(Profile.resolve(Map.of("APP_PROFILE", " ", "RENDER", "")))
        .isEqualTo(Profile.EMBEDDED);
  }

  @Test
  void an_unknown_profile_stops_the_start_naming_the_choices() {
    assertThatThrownBy(() -> Profile.resolve(Map.of("APP_PROFILE", "staging")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessageContaining("APP_PROFILE 'staging'")
        .hasMessageContaining("embedded, test, dev, prod or memory");
  }

  @Test
  void memory_is_chosen_by_name_only() {
    assertThat(Profile.resolve(Map.of("APP_PROFILE", "memory"))).isEqualTo(Profile.MEMORY);
  }

  @Test
  void memory_with_a_database_url_stops_the_start() {
    assertThatThrownBy(
            () ->
                Profile.resolve(Map.of("APP_PROFILE", "memory", "DATABASE_URL", "postgres://h/db")))
        .isInstanceOf(ConfigurationError.class)
        .hasMessageContaining("APP_PROFILE memory")
        .hasMessageContaining("DATABASE_URL");
  }
}
