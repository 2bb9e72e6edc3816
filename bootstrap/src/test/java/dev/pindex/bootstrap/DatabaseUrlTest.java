package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseUrlTest {

  private static final String SECRET = "s3cr3t-P4ss";

  @Test
  void a_platform_url_becomes_a_jdbc_url_with_separate_credentials() {
    var url =
        DatabaseUrl.parse(
            "postgres://app:" + SECRET + "@db.example.com:6543/pindex?sslmode=require");
    assertThat(url.jdbcUrl())
        .isEqualTo("jdbc:postgresql://db.example.com:6543/pindex?sslmode=require");
    assertThat(url.username()).isEqualTo("app");
    assertThat(url.password()).isEqualTo(SECRET);
  }

  @Test
  void the_postgresql_scheme_and_the_default_port_are_accepted() {
    var url = DatabaseUrl.parse("postgresql://app@localhost/pindex");
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/pindex");
    assertThat(url.username()).isEqualTo("app");
    assertThat(url.password()).isNull();
  }

  @Test
  void percent_escaped_credentials_are_decoded_and_plus_stays_a_plus() {
    var url = DatabaseUrl.parse("postgres://us%40er:p%3Aa%2Fs+s@h:5432/db");
    assertThat(url.username()).isEqualTo("us@er");
    assertThat(url.password()).isEqualTo("p:a/s+s");
  }

  @Test
  void an_ipv6_host_keeps_its_brackets() {
    assertThat(DatabaseUrl.parse("postgres://u:p@[::1]:5433/db").jdbcUrl())
        .isEqualTo("jdbc:postgresql://[::1]:5433/db");
  }

  @Test
  void a_jdbc_url_is_passed_to_the_driver_as_it_is() {
    var url = DatabaseUrl.parse("jdbc:postgresql://h:5432/db?user=u&password=" + SECRET);
    assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?user=u&password=" + SECRET);
    assertThat(url.username()).isNull();
  }

  @Test
  void to_string_never_shows_a_password() {
    assertThat(DatabaseUrl.parse("postgres://u:" + SECRET + "@h/db").toString())
        .doesNotContain(SECRET);
    assertThat(DatabaseUrl.parse("jdbc:postgresql://h/db?password=" + SECRET).toString())
        .doesNotContain(SECRET);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mysql://u:SECRET@h/db|the scheme is 'mysql'",
        "u:SECRET@h/db|the scheme is 'u'",
        "localhost|the scheme is missing",
        "postgres://u:SECRET@/db|the host is missing",
        "postgres://u:SECRET@h:abc/db|the port is not a number",
        "postgres://u:SECRET@h:99999/db|the port must lie between 1 and 65535",
        "postgres://u:SECRET@h:5432|the database name is missing",
        "postgres://u:SECRET@h:5432/|the database name is missing",
        "postgres://:SECRET@h/db|the user name is empty",
        "postgres://u:SEC%zzRET@h/db|Malformed escape pair",
        "postgres://u:SECRET@h/d b|not a valid URL",
        "postgres://u:SECRET@h_x!/db|the host is not a valid host name",
        "jdbc:postgresql:db|needs //host[:port]/database",
        "jdbc:postgresql://u:SECRET@h/db|not before '@'",
      })
  void a_malformed_url_names_the_problem_and_never_the_password(String raw, String problem) {
    assertThatThrownBy(() -> DatabaseUrl.parse(raw))
        .isInstanceOf(ConfigurationError.class)
        .hasMessageStartingWith("DATABASE_URL is malformed: ")
        .hasMessageContaining(problem)
        .message()
        .doesNotContain("SECRET")
        .doesNotContain("SEC");
  }
}
