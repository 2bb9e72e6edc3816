package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every write of market data needs the admin: without a valid token it answers 401 with a Bearer
 * challenge, with an ordinary user's token 403, and in neither case does anything change.
 */
@ExtendWith(SharedService.class)
class MarketDataWritesEndToEndTest {

  private final RunningService service;
  private final Api api;

  MarketDataWritesEndToEndTest(RunningService service) {
    this.service = service;
    this.api = service.api();
  }

  @Test
  void anonymous_writes_answer_401_with_a_bearer_challenge_and_change_nothing() {
    Fixture fixture = new Fixture();
    for (Reply reply : fixture.writeAll(new String[0])) {
      reply.problem(401);
      assertThat(reply.header("WWW-Authenticate")).as(reply.toString()).hasValue("Bearer");
    }
    fixture.assertUnchanged();
  }

  @Test
  void writes_with_a_bad_token_answer_401_with_a_bearer_challenge_and_change_nothing() {
    Fixture fixture = new Fixture();
    String tampered = AccountsEndToEndTest.tamperedSignature(service.adminToken());
    for (String[] credentials :
        new String[][] {
          Api.bearer(tampered), Api.bearer("garbage"), {"Authorization", service.adminToken()}
        }) {
      for (Reply reply : fixture.writeAll(credentials)) {
        reply.problem(401);
        assertThat(reply.header("WWW-Authenticate")).as(reply.toString()).hasValue("Bearer");
      }
    }
    fixture.assertUnchanged();
  }

  @Test
  void an_ordinary_users_writes_answer_403_and_change_nothing() {
    Fixture fixture = new Fixture();
    RunningService.Account user = service.newUser("nonadmin");
    for (Reply reply : fixture.writeAll(user.bearer())) {
      reply.problem(403);
    }
    // a token claiming admin over the user's own signature is no admin token either
    for (Reply reply :
        fixture.writeAll(Api.bearer(AccountsEndToEndTest.promotedToAdmin(user.token())))) {
      reply.problem(401);
    }
    fixture.assertUnchanged();
  }

  /** An asset with a price, and a year of the shared series, to attempt writes against. */
  private final class Fixture {

    private final String asset = service.newAsset("GUARD", "Energy");
    private final String newSymbol = RunningService.unique("NEVER");
    private final LocalDate day = OwnDates.year();
    private final JsonNode assetBefore;

    Fixture() {
      api.put(
              "/api/v1/prices",
              "[" + PricesEndToEndTest.row(asset, day, "10", 100) + "]",
              Api.bearer(service.adminToken()))
          .expect(200);
      assetBefore = api.get("/api/v1/assets/" + asset).expect(200);
    }

    /** One attempt at each market-data write, each valid but for its credentials. */
    List<Reply> writeAll(String[] credentials) {
      List<Function<String[], Reply>> writes =
          List.of(
              c ->
                  api.post(
                      "/api/v1/assets",
                      "{\"symbol\":\"%s\",\"name\":\"Never\"}".formatted(newSymbol),
                      c),
              c -> api.put("/api/v1/assets/" + asset, "{\"name\":\"Renamed\"}", c),
              c -> api.delete("/api/v1/assets/" + asset, c),
              c ->
                  api.put(
                      "/api/v1/prices",
                      "[" + PricesEndToEndTest.row(asset, day, "99", 999) + "]",
                      c),
              c ->
                  api.put(
                      "/api/v1/index-values",
                      "[" + IndexValuesEndToEndTest.value(day, "1") + "]",
                      c),
              c ->
                  api.put(
                      "/api/v1/allocations/" + day,
                      "{\"items\":[{\"symbol\":\"%s\",\"weight\":1}]}".formatted(asset),
                      c),
              c ->
                  api.put(
                      "/api/v1/risk-metrics",
                      "[" + RiskMetricsEndToEndTest.figures(day, "1", "0.1") + "]",
                      c));
      return writes.stream().map(write -> write.apply(credentials)).toList();
    }

    void assertUnchanged() {
      String range = "?from=" + day + "&to=" + day.plusYears(1).minusDays(1);
      api.get("/api/v1/assets/" + newSymbol).problem(404);
      assertThat(api.get("/api/v1/assets/" + asset).expect(200)).isEqualTo(assetBefore);
      JsonNode prices = api.get(PricesEndToEndTest.pricesOf(asset)).expect(200).path("items");
      assertThat(prices).hasSize(1);
      assertThat(prices.get(0).path("volume").asLong()).isEqualTo(100);
      assertThat(api.get("/api/v1/index-values" + range).expect(200).path("items")).isEmpty();
      assertThat(api.get("/api/v1/risk-metrics" + range).expect(200).path("items")).isEmpty();
      JsonNode allocation =
          api.get("/api/v1/allocations?date=" + day.plusYears(1).minusDays(1)).json();
      assertThat(allocation.path("date").asText()).isNotEqualTo(day.toString());
    }
  }
}
