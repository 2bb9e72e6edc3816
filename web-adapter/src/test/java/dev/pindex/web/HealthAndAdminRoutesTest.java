package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
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
  private final MetricRegistry metrics = new MetricRegistry();
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
            List.of(routes),
            metrics);
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
        start(new JavalinAdminRoutes(() -> new PoolSnapshot(5, 15, 7, 6, 1, 2), metrics))
            .get("/pool");
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

  @Test
  void metrics_time_requests_by_route_template_and_status_class_in_prometheus_text() {
    var admin = start(new JavalinAdminRoutes(() -> new PoolSnapshot(1, 1, 1, 0, 1, 0), metrics));
    admin.get("/pool");
    admin.get("/pool");
    admin.get("/no/such/path");
    metrics.timer("pindex.db.statement.UserMapper.findById").update(Duration.ofMillis(3));

    var response = admin.get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
    assertThat(response.body().lines())
        .contains(
            "# TYPE pindex_http_requests summary",
            "pindex_http_requests_count{method=\"GET\",route=\"/pool\",status=\"2xx\"} 2",
            "pindex_http_requests_count{method=\"GET\",route=\"unmatched\",status=\"4xx\"} 1",
            "# TYPE pindex_db_statement summary",
            "pindex_db_statement_count{mapper=\"UserMapper\",statement=\"findById\"} 1")
        .noneMatch(line -> line.contains("/no/such/path"));
  }

  @Test
  void metrics_as_json_show_the_same_registry_under_its_dropwizard_names() {
    metrics.counter("pindex.db.slow_statements").inc(3);

    var body =
        HttpProbe.json(
            start(new JavalinAdminRoutes(() -> new PoolSnapshot(1, 1, 1, 0, 1, 0), metrics))
                .get("/metrics?format=json"));

    assertThat(body.at("/counters/pindex.db.slow_statements/count").asInt()).isEqualTo(3);
    assertThat(body.has("timers")).isTrue();
  }

  @Test
  void metrics_refuse_an_unknown_format() {
    var response =
        start(new JavalinAdminRoutes(() -> new PoolSnapshot(1, 1, 1, 0, 1, 0), metrics))
            .get("/metrics?format=xml");

    assertThat(response.statusCode()).isEqualTo(400);
  }
}
