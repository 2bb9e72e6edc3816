package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code DEMO_DATA=true}: a new database gets the demo universe, an existing one keeps its data.
 */
class DemoDataEndToEndTest {

  @TempDir Path dataDir;

  @Test
  void demo_data_fills_a_new_database_and_a_second_start_does_not_load_it_again() {
    String symbol;
    String day;
    try (Application app = start()) {
      Api api = new Api(app.port());
      JsonNode assets = api.get("/api/v1/assets").expect(200);
      assertThat(assets.path("items")).hasSize(50);
      assertThat(assets.path("next_cursor").isNull()).isTrue();

      JsonNode allocation = api.get("/api/v1/allocations").expect(200);
      assertThat(allocation.path("items")).isNotEmpty();
      BigDecimal sum = BigDecimal.ZERO;
      for (JsonNode item : allocation.path("items")) {
        sum = sum.add(item.path("weight").decimalValue());
      }
      assertThat(sum).isEqualByComparingTo(BigDecimal.ONE);
      assertThat(api.get("/api/v1/index-values?limit=1").expect(200).path("items")).hasSize(1);
      api.get("/api/v1/risk-metrics/latest").expect(200);

      // change what a second load would write back: an asset's name and a price's close
      symbol = assets.at("/items/0/symbol").asText();
      String adminToken = login(api);
      api.put(
              "/api/v1/assets/" + symbol,
              "{\"name\":\"Changed after the demo load\"}",
              Api.bearer(adminToken))
          .expect(200);
      day =
          api.get(PricesEndToEndTest.pricesOf(symbol) + "?limit=1")
              .expect(200)
              .at("/items/0/date")
              .asText();
      PricesEndToEndTest.assertCounts(
          api.put(
                  "/api/v1/prices",
                  "[{\"symbol\":\"%s\",\"date\":\"%s\",\"close\":12345.678,\"volume\":7}]"
                      .formatted(symbol, day),
                  Api.bearer(adminToken))
              .expect(200),
          1,
          0,
          1);
    }

    try (Application app = start()) {
      Api api = new Api(app.port());
      assertThat(api.get("/api/v1/assets").expect(200).path("items")).hasSize(50);
      assertThat(api.get("/api/v1/assets/" + symbol).expect(200).path("name").asText())
          .isEqualTo("Changed after the demo load");
      JsonNode price =
          api.get(PricesEndToEndTest.pricesOf(symbol) + "?from=" + day + "&to=" + day)
              .expect(200)
              .at("/items/0");
      assertThat(price.path("close").decimalValue()).isEqualByComparingTo("12345.678");
      assertThat(price.path("volume").asLong()).isEqualTo(7);
    }
  }

  private Application start() {
    return Application.start(
        AppConfig.from(
            Map.of(
                "PORT",
                "0",
                "ADMIN_PORT",
                "0",
                "PINDEX_DATA_DIR",
                dataDir.toString(),
                "DEMO_DATA",
                "true",
                "ADMIN_EMAIL",
                RunningService.ADMIN_EMAIL,
                "ADMIN_PASSWORD",
                RunningService.ADMIN_PASSWORD)));
  }

  private static String login(Api api) {
    return api.post(
            "/api/v1/auth/token",
            RunningService.credentials(RunningService.ADMIN_EMAIL, RunningService.ADMIN_PASSWORD))
        .expect(200)
        .path("access_token")
        .asText();
  }
}
