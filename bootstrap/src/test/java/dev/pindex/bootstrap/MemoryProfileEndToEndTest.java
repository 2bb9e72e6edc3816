package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real application with {@code APP_PROFILE=memory}: the whole service on the in-memory adapter,
 * with no database at all, answering like the PostgreSQL-backed one.
 */
class MemoryProfileEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final String ADMIN_EMAIL = "admin@pindex.test";
  private static final String ADMIN_PASSWORD = "memory-profile-admin";

  @TempDir Path dataDir;

  private Application start() {
    return Application.start(
        AppConfig.from(
            Map.of(
                "APP_PROFILE",
                "memory",
                "PORT",
                "0",
                "ADMIN_PORT",
                "0",
                "PINDEX_DATA_DIR",
                dataDir.toString(),
                "ADMIN_EMAIL",
                ADMIN_EMAIL,
                "ADMIN_PASSWORD",
                ADMIN_PASSWORD)));
  }

  @Test
  void is_ready_without_a_database_and_reports_units_of_work_instead_of_a_pool()
      throws IOException {
    try (Application app = start()) {
      JsonNode ready = JSON.readTree(Http.get(app.port(), "/health/ready").body());
      JsonNode pool = JSON.readTree(Http.get(app.adminPort(), "/pool").body());

      assertThat(ready.get("status").asText()).isEqualTo("UP");
      assertThat(pool.get("pool_size").asInt()).isZero();
      assertThat(pool.get("max_pool_size").asInt()).isZero();
      assertThat(pool.get("active").asInt()).isZero();
      try (Stream<Path> written = Files.list(dataDir)) {
        assertThat(written).as("no embedded PostgreSQL cluster").isEmpty();
      }
    }
  }

  @Test
  void an_admin_creates_an_asset_loads_its_prices_and_reads_them_back() throws IOException {
    try (Application app = start()) {
      String token = token(app);

      JsonNode asset =
          send(
              app,
              "POST",
              "/api/v1/assets",
              token,
              "{\"symbol\":\"mem\",\"name\":\"Memory Corp\",\"sector\":\"Technology\"}");
      JsonNode counts =
          send(
              app,
              "PUT",
              "/api/v1/prices",
              token,
              "[{\"symbol\":\"MEM\",\"date\":\"2026-01-06\",\"close\":12.75,\"volume\":900},"
                  + "{\"symbol\":\"MEM\",\"date\":\"2026-01-05\",\"close\":12.5,\"volume\":1000}]");
      JsonNode page = JSON.readTree(Http.get(app.port(), "/api/v1/assets/MEM/prices").body());

      assertThat(asset.get("symbol").asText()).isEqualTo("MEM");
      assertThat(counts.toString()).isEqualTo("{\"received\":2,\"inserted\":2,\"updated\":0}");
      assertThat(page.get("items").toString())
          .isEqualTo(
              "[{\"date\":\"2026-01-05\",\"close\":12.5,\"volume\":1000},"
                  + "{\"date\":\"2026-01-06\",\"close\":12.75,\"volume\":900}]");
      assertThat(page.get("next_cursor").isNull()).isTrue();
    }
  }

  @Test
  void a_price_load_naming_an_unknown_symbol_stores_nothing() throws IOException {
    try (Application app = start()) {
      String token = token(app);
      send(app, "POST", "/api/v1/assets", token, "{\"symbol\":\"KEPT\",\"name\":\"Kept\"}");

      HttpResponse<String> refused =
          request(
              app,
              "PUT",
              "/api/v1/prices",
              token,
              "[{\"symbol\":\"KEPT\",\"date\":\"2026-01-05\",\"close\":1,\"volume\":1},"
                  + "{\"symbol\":\"NOPE\",\"date\":\"2026-01-05\",\"close\":1,\"volume\":1}]");

      assertThat(refused.statusCode()).isEqualTo(422);
      assertThat(JSON.readTree(refused.body()).at("/errors/0/row").asInt()).isEqualTo(2);
      assertThat(
              JSON.readTree(Http.get(app.port(), "/api/v1/assets/KEPT/prices").body()).get("items"))
          .isEmpty();
    }
  }

  private static String token(Application app) throws IOException {
    return send(
            app,
            "POST",
            "/api/v1/auth/token",
            null,
            "{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}")
        .get("access_token")
        .asText();
  }

  /** A request that must succeed; its JSON answer. */
  private static JsonNode send(
      Application app, String method, String path, String token, String body) throws IOException {
    HttpResponse<String> response = request(app, method, path, token, body);
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isLessThan(300);
    return JSON.readTree(response.body());
  }

  private static HttpResponse<String> request(
      Application app, String method, String path, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
