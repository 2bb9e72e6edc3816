package dev.pindex.web;

import static dev.pindex.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.PreconditionFailed;
import dev.pindex.domain.model.Strategy;
import dev.pindex.domain.model.StrategySettings;
import dev.pindex.domain.port.in.StrategyUseCase;
import dev.pindex.domain.port.in.UpdateStrategyCommand;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrategyRoutesTest {

  private static final Instant T0 = Instant.parse("2026-11-28T09:15:00Z");
  private static final String BODY =
      "{\"name\":\"Balanced\",\"momentum_weight\":0.25,\"value_weight\":0.25,"
          + "\"quality_weight\":0.25,\"low_volatility_weight\":0.25,"
          + "\"max_position_weight\":0.1,\"rebalance_frequency\":\"monthly\"}";

  private final FakeStrategies strategies = new FakeStrategies();
  private TestServer server;
  private HttpProbe http;

  @BeforeAll
  void start() {
    server = TestServer.start(new JavalinStrategyRoutes(strategies, TestTokens.AUTHENTICATOR));
    http = server.http();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    strategies.stored.clear();
    strategies.lastUpdate = null;
  }

  @Test
  void create_answers_201_with_location_etag_and_the_strategy() {
    var response = http.post("/api/v1/strategies", BODY, TestTokens.asUser());
    var body = HttpProbe.json(response);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/strategies/1");
    assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(body.get("id").asLong()).isEqualTo(1);
    assertThat(body.get("name").asText()).isEqualTo("Balanced");
    assertThat(body.get("version").asInt()).isEqualTo(1);
    assertThat(body.get("rebalance_frequency").asText()).isEqualTo("monthly");
    assertThat(body.get("created_at").asText()).isEqualTo("2026-11-28T09:15:00Z");
    assertThat(response.body())
        .contains("\"low_volatility_weight\":0.25", "\"max_position_weight\":0.1");
  }

  @Test
  void create_with_a_taken_name_answers_409() {
    http.post("/api/v1/strategies", BODY, TestTokens.asUser());

    assertProblem(http.post("/api/v1/strategies", BODY, TestTokens.asUser()), 409, "conflict");
  }

  @Test
  void create_with_broken_rules_answers_422_naming_each_field() {
    String body =
        BODY.replace("\"momentum_weight\":0.25", "\"momentum_weight\":1.5")
            .replace("\"monthly\"", "\"hourly\"");

    var problem =
        assertProblem(
            http.post("/api/v1/strategies", body, TestTokens.asUser()), 422, "validation-failed");

    assertThat(Problems.fields(problem)).containsExactly("momentum_weight", "rebalance_frequency");
  }

  @Test
  void create_with_weights_not_summing_to_one_answers_422() {
    String body = BODY.replace("\"value_weight\":0.25", "\"value_weight\":0.3");

    assertProblem(
        http.post("/api/v1/strategies", body, TestTokens.asUser()), 422, "validation-failed");
  }

  @Test
  void list_answers_the_callers_strategies_as_one_page() {
    http.post("/api/v1/strategies", BODY, TestTokens.asUser());
    http.post("/api/v1/strategies", BODY.replace("Balanced", "Other"), TestTokens.asAdmin());

    var body = HttpProbe.json(http.get("/api/v1/strategies", TestTokens.asUser()));

    assertThat(body.get("items")).hasSize(1);
    assertThat(body.at("/items/0/name").asText()).isEqualTo("Balanced");
    assertThat(body.get("next_cursor").isNull()).isTrue();
  }

  @Test
  void get_answers_the_strategy_with_its_etag() {
    http.post("/api/v1/strategies", BODY, TestTokens.asUser());

    var response = http.get("/api/v1/strategies/1", TestTokens.asUser());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
  }

  @Test
  void another_users_strategy_answers_404() {
    http.post("/api/v1/strategies", BODY, TestTokens.asUser());

    assertProblem(http.get("/api/v1/strategies/1", TestTokens.asAdmin()), 404, "not-found");
    assertProblem(http.put("/api/v1/strategies/1", BODY, TestTokens.asAdmin()), 404, "not-found");
    assertProblem(http.delete("/api/v1/strategies/1", TestTokens.asAdmin()), 404, "not-found");
  }

  @Test
  void a_malformed_id_answers_400() {
    for (String id : List.of("abc", "0", "-3", "99999999999999999999")) {
      var problem =
          assertProblem(
              http.get("/api/v1/strategies/" + id, TestTokens.asUser()), 400, "bad-request");
      assertThat(Problems.fields(problem)).as(id).containsExactly("id");
    }
  }

  @Test
  void update_with_the_current_etag_answers_200_with_the_next_etag() {
    http.post("/api/v1/strategies", BODY, TestTokens.asUser());

    var response =
        http.put(
            "/api/v1/strategies/1",
            BODY.replace("Balanced", "Renamed"),
            HttpProbe.headers(TestTokens.asUser(), "If-Match", "\"1\""));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(HttpProbe.json(response).get("name").asText()).isEqualTo("Renamed");
    assertThat(strategies.lastUpdate.expectedVersion()).hasValue(1);
  }

  @Test
  void update_with_a_stale_etag_answers_412() {
    http.post("/api/v1/strategies", BODY, TestTokens.asUser());
    http.put("/api/v1/strategies/1", BODY, TestTokens.asUser());

    assertProblem(
        http.put(
            "/api/v1/strategies/1",
            BODY,
            HttpProbe.headers(TestTokens.asUser(), "If-Match", "\"1\"")),
        412,
        "precondition-failed");
  }

  @Test
  void update_without_if_match_or_with_a_star_applies_to_any_version() {
    http.post("/api/v1/strategies", BODY, TestTokens.asUser());

    assertThat(http.put("/api/v1/strategies/1", BODY, TestTokens.asUser()).statusCode())
        .isEqualTo(200);
    assertThat(strategies.lastUpdate.expectedVersion()).isEmpty();
    assertThat(
            http.put(
                    "/api/v1/strategies/1",
                    BODY,
                    HttpProbe.headers(TestTokens.asUser(), "If-Match", "*"))
                .statusCode())
        .isEqualTo(200);
    assertThat(strategies.lastUpdate.expectedVersion()).isEmpty();
  }

  @Test
  void update_with_a_weak_or_foreign_tag_answers_412_and_a_malformed_if_match_400() {
    http.post("/api/v1/strategies", BODY, TestTokens.asUser());

    assertProblem(
        http.put(
            "/api/v1/strategies/1",
            BODY,
            HttpProbe.headers(TestTokens.asUser(), "If-Match", "W/\"1\"")),
        412,
        "precondition-failed");
    assertProblem(
        http.put(
            "/api/v1/strategies/1",
            BODY,
            HttpProbe.headers(TestTokens.asUser(), "If-Match", "\"v1\"")),
        412,
        "precondition-failed");
    var problem =
        assertProblem(
            http.put(
                "/api/v1/strategies/1",
                BODY,
                HttpProbe.headers(TestTokens.asUser(), "If-Match", "1")),
            400,
            "bad-request");
    assertThat(Problems.fields(problem)).containsExactly("If-Match");
  }

  @Test
  void delete_answers_204() {
    http.post("/api/v1/strategies", BODY, TestTokens.asUser());

    assertThat(http.delete("/api/v1/strategies/1", TestTokens.asUser()).statusCode())
        .isEqualTo(204);
    assertThat(strategies.stored).isEmpty();
  }

  @Test
  void every_strategy_route_needs_a_token() {
    assertProblem(http.get("/api/v1/strategies"), 401, "unauthenticated");
    assertProblem(http.post("/api/v1/strategies", BODY), 401, "unauthenticated");
    assertProblem(http.get("/api/v1/strategies/1"), 401, "unauthenticated");
    assertProblem(http.put("/api/v1/strategies/1", BODY), 401, "unauthenticated");
    assertProblem(http.delete("/api/v1/strategies/1"), 401, "unauthenticated");
  }

  /** Strategies by id, owned by their creator, versioned as the use case versions them. */
  static final class FakeStrategies implements StrategyUseCase {

    final Map<Long, Strategy> stored = new TreeMap<>();
    UpdateStrategyCommand lastUpdate;

    @Override
    public List<Strategy> list(Caller caller) {
      return stored.values().stream().filter(s -> s.userId() == caller.userId()).toList();
    }

    @Override
    public Strategy create(Caller caller, StrategySettings settings) {
      if (list(caller).stream().anyMatch(s -> s.settings().name().equals(settings.name()))) {
        throw new Conflict("You already have a strategy named " + settings.name() + ".");
      }
      Strategy strategy = new Strategy(stored.size() + 1L, caller.userId(), settings, 1, T0, T0);
      stored.put(strategy.id(), strategy);
      return strategy;
    }

    @Override
    public Strategy get(Caller caller, long strategyId) {
      Strategy strategy = stored.get(strategyId);
      if (strategy == null || strategy.userId() != caller.userId()) {
        throw new NotFound("No strategy " + strategyId + ".");
      }
      return strategy;
    }

    @Override
    public Strategy update(Caller caller, UpdateStrategyCommand command) {
      lastUpdate = command;
      Strategy old = get(caller, command.strategyId());
      if (command.expectedVersion().isPresent()
          && command.expectedVersion().getAsInt() != old.version()) {
        throw new PreconditionFailed(
            "The strategy changed since version " + command.expectedVersion().getAsInt() + ".");
      }
      Strategy changed =
          new Strategy(
              old.id(), old.userId(), command.settings(), old.version() + 1, old.createdAt(), T0);
      stored.put(old.id(), changed);
      return changed;
    }

    @Override
    public void delete(Caller caller, long strategyId) {
      stored.remove(get(caller, strategyId).id());
    }
  }
}
