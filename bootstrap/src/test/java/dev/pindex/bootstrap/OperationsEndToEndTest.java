package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Health, the API description, the admin port's pool view and the request ids of every answer. */
@ExtendWith(SharedService.class)
class OperationsEndToEndTest {

  private final RunningService service;
  private final Api api;

  OperationsEndToEndTest(RunningService service) {
    this.service = service;
    this.api = service.api();
  }

  @Test
  void liveness_answers_up() {
    assertThat(api.get("/health/live").expect(200).path("status").asText()).isEqualTo("UP");
  }

  @Test
  void readiness_answers_up_with_the_database_check_and_its_latency() {
    JsonNode ready = api.get("/health/ready").expect(200);
    assertThat(ready.path("status").asText()).isEqualTo("UP");
    assertThat(ready.at("/checks/database/status").asText()).isEqualTo("UP");
    assertThat(ready.at("/checks/database/latency_ms").isNumber()).isTrue();
    assertThat(ready.at("/checks/database/latency_ms").asDouble()).isNotNegative();
  }

  @Test
  void the_openapi_document_describes_every_route_of_the_api() {
    Reply reply = api.get("/openapi.json");
    JsonNode document = reply.expect(200);
    assertThat(reply.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("json"));
    assertThat(document.path("openapi").asText()).startsWith("3.1");
    List<String> paths = new ArrayList<>();
    document.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .contains(
            "/health/live",
            "/health/ready",
            "/api/v1/users",
            "/api/v1/auth/token",
            "/api/v1/users/me",
            "/api/v1/assets",
            "/api/v1/assets/{symbol}",
            "/api/v1/assets/{symbol}/prices",
            "/api/v1/prices",
            "/api/v1/index-values",
            "/api/v1/allocations",
            "/api/v1/allocations/{date}",
            "/api/v1/risk-metrics",
            "/api/v1/risk-metrics/latest",
            "/api/v1/strategies",
            "/api/v1/strategies/{id}");
  }

  @Test
  void the_admin_port_shows_the_pool_with_overflow_derived_from_its_size() {
    JsonNode pool = service.adminPort().get("/pool").expect(200);
    assertThat(pool.size()).isEqualTo(7);
    assertThat(pool.path("pool_size").asInt()).isEqualTo(5);
    assertThat(pool.path("max_pool_size").asInt()).isEqualTo(15);
    int total = pool.path("total").asInt();
    assertThat(pool.path("active").asInt() + pool.path("idle").asInt()).isEqualTo(total);
    assertThat(pool.path("pending").asInt()).isNotNegative();
    assertThat(pool.path("overflow").asInt())
        .isEqualTo(Math.max(0, total - pool.path("pool_size").asInt()));
  }

  @Test
  void the_pool_view_is_served_on_the_admin_port_only() {
    api.get("/pool").problem(404);
  }

  @Test
  void a_request_id_sent_by_the_client_is_echoed_on_success_and_on_problems() {
    String id = RunningService.unique("e2e-request-");
    assertThat(api.get("/health/live", "X-Request-Id", id).header("X-Request-Id")).hasValue(id);
    assertThat(api.get("/api/v1/assets/NO.SUCH.ASSET", "X-Request-Id", id).header("X-Request-Id"))
        .hasValue(id);
  }

  @Test
  void a_request_without_an_id_or_with_an_unsafe_one_gets_a_fresh_id() {
    Reply first = api.get("/health/live");
    Reply second = api.get("/health/live", "X-Request-Id", "two words\tand a tab");
    assertThat(first.header("X-Request-Id").orElseThrow())
        .isNotEqualTo(second.header("X-Request-Id").orElseThrow());
    assertThat(second.header("X-Request-Id").orElseThrow()).doesNotContain(" ");
  }

  @Test
  void an_unknown_path_answers_a_404_problem() {
    JsonNode problem = api.get("/api/v1/no-such-collection").problem(404);
    assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/no-such-collection");
  }
}
