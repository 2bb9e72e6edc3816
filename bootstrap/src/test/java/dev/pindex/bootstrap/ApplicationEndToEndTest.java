package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real application on random ports over its own embedded PostgreSQL. */
class ApplicationEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;

  private AppConfig config() {
    return AppConfig.from(
        Map.of("PORT", "0", "ADMIN_PORT", "0", "PINDEX_DATA_DIR", dataDir.toString()));
  }

  @Test
  void the_service_is_ready_and_shows_its_pool_on_the_admin_port() throws IOException {
    try (Application app = Application.start(config())) {
      assertThat(Http.status(app.port(), "/health/live")).isEqualTo(200);
      var ready = JSON.readTree(Http.get(app.port(), "/health/ready").body());
      assertThat(ready.get("status").asText()).isEqualTo("UP");
      assertThat(ready.at("/checks/database/latency_ms").isNumber()).isTrue();

      var pool = JSON.readTree(Http.get(app.adminPort(), "/pool").body());
      assertThat(pool.size()).isEqualTo(7);
      assertThat(pool.get("pool_size").asInt()).isEqualTo(5);
      assertThat(pool.get("max_pool_size").asInt()).isEqualTo(15);
    }
  }

  @Test
  void each_port_serves_only_its_own_paths() {
    try (Application app = Application.start(config())) {
      assertThat(Http.status(app.port(), "/pool")).isEqualTo(404);
      assertThat(Http.status(app.adminPort(), "/health/ready")).isEqualTo(404);
    }
  }

  @Test
  void closing_stops_the_embedded_database_and_a_second_start_finds_the_data_of_the_first()
      throws Exception {
    int postgresPort;
    try (Application app = Application.start(config())) {
      postgresPort = embeddedPort();
      try (var connection = connect(postgresPort);
          var statement = connection.createStatement()) {
        statement.execute(
            "INSERT INTO assets (symbol, name) VALUES ('KEEP', 'Kept across restarts')");
      }
    }
    assertThat(listening(postgresPort)).as("embedded PostgreSQL still listening").isFalse();
    assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();

    try (Application app = Application.start(config())) {
      try (var connection = connect(embeddedPort());
          var rows =
              connection
                  .createStatement()
                  .executeQuery("SELECT name FROM assets WHERE symbol = 'KEEP'")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("Kept across restarts");
      }
    }
  }

  @Test
  void the_embedded_database_keeps_every_acknowledged_commit_on_disk() throws Exception {
    try (Application app = Application.start(config());
        var connection = connect(embeddedPort());
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT current_setting('fsync'), current_setting('synchronous_commit'),"
                        + " current_setting('full_page_writes')")) {
      rows.next();
      assertThat(List.of(rows.getString(1), rows.getString(2), rows.getString(3)))
          .containsExactly("on", "on", "on");
    }
  }

  /** PostgreSQL writes its port on the fourth line of postmaster.pid. */
  private int embeddedPort() throws IOException {
    List<String> lines = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
    return Integer.parseInt(lines.get(3).strip());
  }

  private static java.sql.Connection connect(int port) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/" + EmbeddedDatabase.DATABASE, "postgres", "");
  }

  private static boolean listening(int port) {
    try (Socket ignored = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
