package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests no well-behaved client sends: each is the client's fault and answered 400, never 500.
 */
@ExtendWith(SharedService.class)
class MalformedRequestsEndToEndTest {

  private final RunningService service;
  private final Api api;

  MalformedRequestsEndToEndTest(RunningService service) {
    this.service = service;
    this.api = service.api();
  }

  @Test
  void a_json_null_body_answers_400_on_every_route_that_reads_one_object() {
    String symbol = service.newAsset("NULLB", null);
    RunningService.Account user = service.newUser("nullbody");
    long strategy =
        api.post(
                "/api/v1/strategies",
                StrategiesEndToEndTest.settings("Null", "0.25", "daily"),
                user.bearer())
            .expect(201)
            .path("id")
            .asLong();
    String[] admin = Api.bearer(service.adminToken());
    List<Function<String, Reply>> routes =
        List.of(
            body -> api.post("/api/v1/users", body),
            body -> api.post("/api/v1/auth/token", body),
            body -> api.post("/api/v1/assets", body, admin),
            body -> api.put("/api/v1/assets/" + symbol, body, admin),
            body -> api.put("/api/v1/allocations/" + OwnDates.year(), body, admin),
            body -> api.post("/api/v1/strategies", body, user.bearer()),
            body -> api.put("/api/v1/strategies/" + strategy, body, user.bearer()));
    for (Function<String, Reply> route : routes) {
      Reply reply = route.apply("null");
      assertThat(reply.problem(400).path("type").asText()).isEqualTo("/problems/malformed-body");
    }
    assertThat(api.get("/api/v1/assets/" + symbol).expect(200).path("name").asText())
        .isEqualTo("Asset " + symbol);
  }

  @Test
  void a_chunked_bulk_body_with_a_broken_chunk_answers_400_and_stores_nothing() {
    String symbol = service.newAsset("CHUNK", null);
    String row = PricesEndToEndTest.row(symbol, java.time.LocalDate.of(2024, 1, 2), "10", 1);
    RawHttp.Answer answer =
        RawHttp.send(
            api.port(),
            "PUT /api/v1/prices HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer "
                + service.adminToken()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n"
                + Integer.toHexString(row.length() + 2)
                + "\r\n["
                + row
                + ",\r\nnot-a-chunk-size\r\n",
            false);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    assertThat(answer.headers().get("content-type")).startsWith(Reply.PROBLEM_JSON);
    assertThat(api.get(PricesEndToEndTest.pricesOf(symbol)).expect(200).path("items")).isEmpty();
  }

  @Test
  void a_body_that_ends_before_its_declared_length_answers_400_and_stores_nothing() {
    String symbol = RunningService.unique("SHORT");
    String body = "{\"symbol\":\"%s\",\"name\":\"Cut off\"}".formatted(symbol);
    RawHttp.Answer answer =
        RawHttp.send(
            api.port(),
            "POST /api/v1/assets HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer "
                + service.adminToken()
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + (body.length() + 50)
                + "\r\nConnection: close\r\n\r\n"
                + body,
            true);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
    api.get("/api/v1/assets/" + symbol).problem(404);
  }

  @Test
  void a_control_character_in_a_query_value_answers_400_naming_the_parameter() {
    String sector = RunningService.unique("Sector ");
    String symbol = service.newAsset("CTRL", sector);
    for (String control : List.of("%00", "%07", "%0A")) {
      JsonNode problem =
          api.get("/api/v1/assets?sector=" + Api.encode(sector) + control).problem(400);
      assertThat(Reply.fields(problem)).containsExactly("sector");
    }
    assertThat(
            api.get("/api/v1/assets?sector=" + Api.encode(sector))
                .expect(200)
                .at("/items/0/symbol")
                .asText())
        .isEqualTo(symbol);
  }
}
