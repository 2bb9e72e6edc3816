package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

  @Test
  void to_string_masks_the_password() {
    ConnectionSettings settings =
        new ConnectionSettings("jdbc:postgresql://db:5432/pindex", "app", "s3cret");

    assertThat(settings.toString()).doesNotContain("s3cret").contains("app", "db:5432/pindex");
  }

  @Test
  void to_string_masks_a_password_carried_by_the_url() {
    ConnectionSettings settings =
        new ConnectionSettings(
            "jdbc:postgresql://db/pindex?user=app&password=s3cret&ssl=true", "app", null);

    assertThat(settings.toString()).doesNotContain("s3cret").contains("ssl=true");
  }

  @Test
  void accepts_a_missing_password() {
    assertThat(new ConnectionSettings("jdbc:postgresql://db/pindex", "app", null).password())
        .isNull();
  }

  @Test
  void refuses_a_url_of_another_driver() {
    assertThatThrownBy(() -> new ConnectionSettings("jdbc:mysql://db/pindex", "app", "pw"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refuses_a_blank_username() {
    assertThatThrownBy(() -> new ConnectionSettings("jdbc:postgresql://db/pindex", " ", "pw"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accepts_no_username_when_the_url_carries_it() {
    var settings = new ConnectionSettings("jdbc:postgresql://db/pindex?user=app", null, null);
    assertThat(settings.username()).isNull();
  }
}
