package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.domain.model.DatabaseStatus;
import dev.pindex.domain.model.PoolSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthAndAdminRoutesTest {

  private final AtomicReference<DatabaseStatus> database =
      new AtomicReference<>(DatabaseStatus.up(Duration.ofNanos(800_000)));
  private WebServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private HttpProbe start(JavalinRoutes routes) {
    server =
        WebServer.start(
            new WebServer.Settings("127.0.0.1", 0, 1 << 20, 1 << 20, Duration.ofSeconds(5)),
            List.of(routes));
    return new HttpProbe(server.port());
  }

  @Test
  void live_answers_up_while_the_process_runs() {
    var response = start(new JavalinHealthRoutes(database::get)).get("/health/live");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(HttpProbe.json(response).get("status").asText()).isEqualTo("UP");
  }

  @Test
  void ready_answers_up_with_the_database_latency_in_milliseconds() {
    var body = HttpProbe.json(start(new JavalinHealthRoutes(database::get)).get("/health/ready"));
    assertThat(body.get("status").asText()).isEqualTo("UP");
    assertThat(body.at("/checks/database/status").asText()).isEqualTo("UP");
    assertThat(body.at("/checks/database/latency_ms").asDouble()).isEqualTo(0.8);
  }

  @Test
  void ready_answers_503_down_when_the_database_check_fails() {
    database.set(DatabaseStatus.down(Duration.ofSeconds(2)));
    var response = start(new JavalinHealthRoutes(database::get)).get("/health/ready");
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(HttpProbe.json(response).at("/checks/database/status").asText()).isEqualTo("DOWN");
    assertThat(HttpProbe.json(response).get("status").asText()).isEqualTo("DOWN");
  }

  @Test
  void pool_answers_the_seven_fields_with_overflow_above_the_steady_size() {
    var response =
        start(new JavalinAdminRoutes(() -> new PoolSnapshot(5, 15, 7, 6, 1, 2))).get("/pool");
    var body = HttpProbe.json(response);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.size()).isEqualTo(7);
    assertThat(body.get("pool_size").asInt()).isEqualTo(5);
    assertThat(body.get("max_pool_size").asInt()).isEqualTo(15);
    assertThat(body.get("total").asInt()).isEqualTo(7);
    assertThat(body.get("active").asInt()).isEqualTo(6);
    assertThat(body.get("idle").asInt()).isEqualTo(1);
    assertThat(body.get("pending").asInt()).isEqualTo(2);
    assertThat(body.get("overflow").asInt()).isEqualTo(2);
  }
}
