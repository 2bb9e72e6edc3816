package dev.pindex.bootstrap;

import static dev.pindex.bootstrap.ApiClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pindex.bootstrap.PrometheusText.Family;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin port's metrics after real requests, read as Prometheus and as a JSON client would. */
class MetricsEndToEndTest {

  private static final String ADMIN = "metrics-admin@example.com";
  private static final String ADMIN_PASSWORD = "metrics-Pa55word";
  private static final String ASSET_ROUTE = "/api/v1/assets/{symbol}";

  @TempDir Path dataDir;

  private AppConfig config() {
    return AppConfig.from(
        Map.of(
            "PORT",
            "0",
            "ADMIN_PORT",
            "0",
            "PINDEX_DATA_DIR",
            dataDir.toString(),
            "ADMIN_EMAIL",
            ADMIN,
            "ADMIN_PASSWORD",
            ADMIN_PASSWORD));
  }

  @Test
  void a_scrape_after_some_requests_shows_every_metric_family_with_plausible_values() {
    try (Application app = Application.start(config())) {
      ApiClient api = new ApiClient(app.port());
      String token = api.token(ADMIN, ADMIN_PASSWORD);
      assertThat(
              api.send(
                      "POST",
                      "/api/v1/assets",
                      "{\"symbol\":\"OBS\",\"name\":\"Observed\"}",
                      bearer(token))
                  .statusCode())
          .isEqualTo(201);
      assertThat(api.get("/api/v1/assets/OBS").statusCode()).isEqualTo(200);
      Map<String, Family> before = scrape(app);

      int found = 3;
      for (int i = 0; i < found; i++) {
        assertThat(api.get("/api/v1/assets/OBS").statusCode()).isEqualTo(200);
      }
      assertThat(api.get("/api/v1/assets/MISSING").statusCode()).isEqualTo(404);
      assertThat(api.get("/no/such/path").statusCode()).isEqualTo(404);
      Map<String, Family> after = scrape(app);

      // a timer per mapped statement, by mapper and id: one execution per asset read
      Map<String, String> findBySymbol =
          Map.of("mapper", "AssetMapper", "statement", "findBySymbol");
      assertThat(
              count(after, "pindex_db_statement", findBySymbol)
                  - count(before, "pindex_db_statement", findBySymbol))
          .isEqualTo(found + 1);
      // HTTP timers by route template and status class, never by raw path
      assertThat(count(after, "pindex_http_requests", http(ASSET_ROUTE, "2xx")))
          .isEqualTo(found + 1);
      assertThat(count(after, "pindex_http_requests", http(ASSET_ROUTE, "4xx"))).isEqualTo(1);
      assertThat(count(after, "pindex_http_requests", http("unmatched", "4xx"))).isEqualTo(1);
      assertThat(after.get("pindex_http_requests").samples())
          .allSatisfy(s -> assertThat(s.labels().get("route")).doesNotContain("OBS", "/no/such"));
      // transactions, retries, slow statements
      assertThat(count(after, "pindex_db_transaction", Map.of()))
          .isGreaterThanOrEqualTo(count(before, "pindex_db_transaction", Map.of()) + found + 1);
      assertThat(value(after, "pindex_db_retry_successful_without_retry"))
          .isGreaterThanOrEqualTo(found + 1);
      assertThat(after).containsKeys("pindex_db_retry_failed_with_retry");
      assertThat(value(after, "pindex_db_slow_statements_total")).isGreaterThanOrEqualTo(0);
      // the pool: Hikari's own metrics, the overflow and the units waiting at its gate beside them
      assertThat(value(after, "pindex_pool_TotalConnections")).isBetween(1.0, 15.0);
      assertThat(value(after, "pindex_pool_MaxConnections")).isEqualTo(15);
      assertThat(value(after, "pindex_pool_OverflowConnections")).isBetween(0.0, 10.0);
      assertThat(value(after, "pindex_pool_UnitsWaiting")).isZero();
      assertThat(count(after, "pindex_pool_Wait", Map.of())).isPositive();
      assertThat(after)
          .containsKeys(
              "pindex_pool_ActiveConnections",
              "pindex_pool_IdleConnections",
              "pindex_pool_PendingConnections",
              "pindex_pool_Usage",
              "pindex_pool_ConnectionTimeoutRate_total");
      // the JVM
      assertThat(value(after, "jvm_memory_heap_used")).isPositive();
      assertThat(value(after, "jvm_threads_count")).isPositive();
      assertThat(after.keySet()).anyMatch(name -> name.matches("jvm_gc_.+_count"));
    }
  }

  @Test
  void the_json_view_holds_the_same_metrics_under_their_dropwizard_names() {
    try (Application app = Application.start(config())) {
      new ApiClient(app.port()).get("/api/v1/assets/OBS");
      Map<String, Family> prometheus = scrape(app);

      JsonNode json = ApiClient.json(Http.get(app.adminPort(), "/metrics?format=json"));

      Map<String, String> dropwizardToPrometheus =
          Map.of(
              "gauges/jvm.memory.heap.used",
              "jvm_memory_heap_used",
              "gauges/pindex.pool.OverflowConnections",
              "pindex_pool_OverflowConnections",
              "gauges/pindex.db.retry.successful_without_retry",
              "pindex_db_retry_successful_without_retry",
              "counters/pindex.db.slow_statements",
              "pindex_db_slow_statements_total",
              "timers/pindex.db.transaction",
              "pindex_db_transaction",
              "timers/pindex.pool.Wait",
              "pindex_pool_Wait",
              "timers/pindex.db.statement.AssetMapper.findBySymbol",
              "pindex_db_statement",
              "timers/pindex.http.requests{method=\"GET\",route=\""
                  + ASSET_ROUTE
                  + "\",status=\"4xx\"}",
              "pindex_http_requests");
      dropwizardToPrometheus.forEach(
          (dropwizard, family) -> {
            String[] kindAndName = dropwizard.split("/", 2);
            assertThat(json.get(kindAndName[0]).has(kindAndName[1])).as(dropwizard).isTrue();
            assertThat(prometheus).as(family).containsKey(family);
          });
      long jsonMetrics =
          Stream.of("gauges", "counters", "histograms", "meters", "timers")
              .mapToLong(kind -> json.get(kind).size())
              .sum();
      assertThat(jsonMetrics).isGreaterThan(50);
    }
  }

  @Test
  void the_main_port_serves_no_admin_path_and_the_admin_port_none_of_the_api() {
    try (Application app = Application.start(config())) {
      for (String adminPath : new String[] {"/metrics", "/metrics?format=json", "/pool"}) {
        assertThat(Http.status(app.port(), adminPath)).as(adminPath).isEqualTo(404);
        assertThat(Http.status(app.adminPort(), adminPath)).as(adminPath).isEqualTo(200);
      }
      for (String apiPath :
          new String[] {"/api/v1/assets", "/health/ready", "/health/live", "/openapi.json"}) {
        assertThat(Http.status(app.adminPort(), apiPath)).as(apiPath).isEqualTo(404);
        assertThat(Http.status(app.port(), apiPath)).as(apiPath).isEqualTo(200);
      }
    }
  }

  private static Map<String, Family> scrape(Application app) {
    var response = Http.get(app.adminPort(), "/metrics");
    assertThat(response.statusCode()).isEqualTo(200);
    return PrometheusText.parse(response.body());
  }

  private static Map<String, String> http(String route, String status) {
    return Map.of("method", "GET", "route", route, "status", status);
  }

  private static double count(
      Map<String, Family> families, String family, Map<String, String> labels) {
    assertThat(families).containsKey(family);
    return families.get(family).sample(family + "_count", labels).value();
  }

  private static double value(Map<String, Family> families, String family) {
    assertThat(families).containsKey(family);
    return families.get(family).sample(family, Map.of()).value();
  }
}
