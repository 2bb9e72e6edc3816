package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application on an external database that goes away and comes back. */
class ReadinessFollowsTheDatabaseTest {

  @TempDir Path cluster;

  @Test
  void readiness_is_down_while_the_database_is_down_and_up_again_after_it_returns()
      throws IOException {
    int port = freePort();
    EmbeddedPostgres database = startDatabase(port);
    try (Application app =
        Application.start(
            AppConfig.from(
                Map.of(
                    "DATABASE_URL", "postgres://postgres@127.0.0.1:" + port + "/postgres",
                    "APP_PROFILE", "test",
                    "PORT", "0",
                    "ADMIN_PORT", "0")))) {
      assertThat(Http.status(app.port(), "/health/ready")).isEqualTo(200);

      database.close();
      assertThat(Http.awaitStatus(app.port(), "/health/ready", 503, Duration.ofSeconds(10)))
          .isEqualTo(503);
      assertThat(Http.status(app.port(), "/health/live")).isEqualTo(200);

      database = startDatabase(port);
      assertThat(Http.awaitStatus(app.port(), "/health/ready", 200, Duration.ofSeconds(30)))
          .isEqualTo(200);
    } finally {
      database.close();
    }
  }

  private EmbeddedPostgres startDatabase(int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setPort(port)
        .setDataDirectory(cluster)
        .setCleanDataDirectory(false)
        .start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
