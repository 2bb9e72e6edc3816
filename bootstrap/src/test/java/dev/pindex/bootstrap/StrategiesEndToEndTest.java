package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each user's own strategy configurations, with versions as ETags. */
@ExtendWith(SharedService.class)
class StrategiesEndToEndTest {

  private static final String STRATEGIES = "/api/v1/strategies";

  private final RunningService service;
  private final Api api;

  StrategiesEndToEndTest(RunningService service) {
    this.service = service;
    this.api = service.api();
  }

  @Test
  void create_answers_201_with_location_etag_and_version_1_which_get_then_answers() {
    RunningService.Account owner = service.newUser("strat");
    Reply created =
        api.post(STRATEGIES, settings("Momentum tilt", "0.4", "monthly"), owner.bearer());
    JsonNode strategy = created.expect(201);
    long id = strategy.path("id").asLong();
    assertThat(created.header("Location")).hasValue(STRATEGIES + "/" + id);
    assertThat(created.header("ETag")).hasValue("\"1\"");
    assertThat(strategy.path("version").asInt()).isEqualTo(1);
    assertThat(strategy.path("name").asText()).isEqualTo("Momentum tilt");
    assertThat(strategy.path("momentum_weight").decimalValue()).isEqualByComparingTo("0.4");
    assertThat(strategy.path("value_weight").decimalValue()).isEqualByComparingTo("0.2");
    assertThat(strategy.path("quality_weight").decimalValue()).isEqualByComparingTo("0.2");
    assertThat(strategy.path("low_volatility_weight").decimalValue()).isEqualByComparingTo("0.2");
    assertThat(strategy.path("max_position_weight").decimalValue()).isEqualByComparingTo("0.05");
    assertThat(strategy.path("rebalance_frequency").asText()).isEqualTo("monthly");
    assertThat(Instant.parse(strategy.path("created_at").asText())).isNotNull();
    assertThat(Instant.parse(strategy.path("updated_at").asText())).isNotNull();

    Reply read = api.get(STRATEGIES + "/" + id, owner.bearer());
    assertThat(read.expect(200)).isEqualTo(strategy);
    assertThat(read.header("ETag")).hasValue("\"1\"");
  }

  @Test
  void list_answers_only_the_callers_strategies_as_one_page() {
    RunningService.Account owner = service.newUser("lister");
    RunningService.Account other = service.newUser("otherlister");
    long first = create(owner, "First");
    long second = create(owner, "Second");
    create(other, "First");

    JsonNode page = api.get(STRATEGIES, owner.bearer()).expect(200);
    List<Long> ids = new ArrayList<>();
    page.path("items").forEach(s -> ids.add(s.path("id").asLong()));
    assertThat(ids).containsExactly(first, second);
    assertThat(page.path("next_cursor").isNull()).isTrue();
  }

  @Test
  void a_name_the_caller_uses_answers_409_on_create_and_rename_but_not_for_others() {
    RunningService.Account owner = service.newUser("dupname");
    create(owner, "Taken");
    long other = create(owner, "Free");
    api.post(STRATEGIES, settings("Taken", "0.25", "weekly"), owner.bearer()).problem(409);
    api.put(STRATEGIES + "/" + other, settings("Taken", "0.25", "weekly"), owner.bearer())
        .problem(409);
    assertThat(api.get(STRATEGIES + "/" + other, owner.bearer()).expect(200).path("name").asText())
        .isEqualTo("Free");

    create(service.newUser("samename"), "Taken");
  }

  @Test
  void update_with_the_current_etag_answers_200_with_the_next_version_and_etag() {
    RunningService.Account owner = service.newUser("updater");
    long id = create(owner, "Quarterly");
    Reply updated =
        api.put(
            STRATEGIES + "/" + id,
            settings("Quarterly", "0.1", "quarterly"),
            Api.headers(owner.bearer(), new String[] {"If-Match", "\"1\""}));
    JsonNode strategy = updated.expect(200);
    assertThat(strategy.path("version").asInt()).isEqualTo(2);
    assertThat(updated.header("ETag")).hasValue("\"2\"");
    assertThat(strategy.path("momentum_weight").decimalValue()).isEqualByComparingTo("0.1");
    assertThat(strategy.path("value_weight").decimalValue()).isEqualByComparingTo("0.3");
    assertThat(strategy.path("rebalance_frequency").asText()).isEqualTo("quarterly");

    JsonNode withoutIfMatch =
        api.put(STRATEGIES + "/" + id, settings("Quarterly", "0.25", "daily"), owner.bearer())
            .expect(200);
    assertThat(withoutIfMatch.path("version").asInt()).isEqualTo(3);
    assertThat(api.get(STRATEGIES + "/" + id, owner.bearer()).expect(200))
        .isEqualTo(withoutIfMatch);
  }

  @Test
  void update_with_a_stale_etag_answers_412_and_changes_nothing() {
    RunningService.Account owner = service.newUser("stale");
    long id = create(owner, "Contested");
    String[] firstVersion = Api.headers(owner.bearer(), new String[] {"If-Match", "\"1\""});
    api.put(STRATEGIES + "/" + id, settings("Contested", "0.1", "weekly"), firstVersion)
        .expect(200);

    api.put(STRATEGIES + "/" + id, settings("Lost update", "0.7", "daily"), firstVersion)
        .problem(412);
    JsonNode stored = api.get(STRATEGIES + "/" + id, owner.bearer()).expect(200);
    assertThat(stored.path("version").asInt()).isEqualTo(2);
    assertThat(stored.path("name").asText()).isEqualTo("Contested");
  }

  @Test
  void concurrent_updates_against_one_version_let_exactly_one_win_and_answer_412_to_the_rest() {
    RunningService.Account owner = service.newUser("racer");
    long id = create(owner, "Raced");
    String[] firstVersion = Api.headers(owner.bearer(), new String[] {"If-Match", "\"1\""});
    List<Reply> replies =
        Concurrently.run(
            6,
            i ->
                api.put(
                    STRATEGIES + "/" + id,
                    settings("Raced by " + i, "0.1", "daily"),
                    firstVersion));
    List<Reply> won = replies.stream().filter(reply -> reply.status() == 200).toList();
    assertThat(won).hasSize(1);
    replies.stream().filter(reply -> reply.status() != 200).forEach(reply -> reply.problem(412));

    JsonNode stored = api.get(STRATEGIES + "/" + id, owner.bearer()).expect(200);
    assertThat(stored.path("version").asInt()).isEqualTo(2);
    assertThat(stored).isEqualTo(won.get(0).json());
  }

  @Test
  void another_users_strategy_answers_404_to_every_verb_and_stays_as_it_was() {
    RunningService.Account owner = service.newUser("owner");
    RunningService.Account intruder = service.newUser("intruder");
    long id = create(owner, "Private");
    String path = STRATEGIES + "/" + id;

    JsonNode get = api.get(path, intruder.bearer()).problem(404);
    api.put(path, settings("Hijacked", "0.7", "daily"), intruder.bearer()).problem(404);
    api.put(
            path,
            settings("Hijacked", "0.7", "daily"),
            Api.headers(intruder.bearer(), new String[] {"If-Match", "\"1\""}))
        .problem(404);
    api.delete(path, intruder.bearer()).problem(404);
    // the same answer as for an id nobody has: a stranger learns nothing
    JsonNode absent = api.get(STRATEGIES + "/999999999", intruder.bearer()).problem(404);
    assertThat(get.path("title")).isEqualTo(absent.path("title"));

    JsonNode stored = api.get(path, owner.bearer()).expect(200);
    assertThat(stored.path("name").asText()).isEqualTo("Private");
    assertThat(stored.path("version").asInt()).isEqualTo(1);
  }

  @Test
  void delete_answers_204_and_the_strategy_is_gone() {
    RunningService.Account owner = service.newUser("deleter");
    long id = create(owner, "Short-lived");
    assertThat(api.delete(STRATEGIES + "/" + id, owner.bearer()).expect(204)).isNull();
    api.get(STRATEGIES + "/" + id, owner.bearer()).problem(404);
    api.put(STRATEGIES + "/" + id, settings("Back", "0.25", "daily"), owner.bearer()).problem(404);
    api.delete(STRATEGIES + "/" + id, owner.bearer()).problem(404);
  }

  @Test
  void settings_breaking_their_rules_answer_422_naming_each_field_and_store_nothing() {
    RunningService.Account owner = service.newUser("rules");
    String tooMuch =
        settings("Too much", "0.25", "monthly")
            .replace("\"momentum_weight\":0.25", "\"momentum_weight\":0.5");
    assertThat(tooMuch).contains("\"momentum_weight\":0.5");
    JsonNode sum = api.post(STRATEGIES, tooMuch, owner.bearer()).problem(422);
    assertThat(sum.toString()).contains("sum");
    JsonNode fields =
        api.post(
                STRATEGIES,
                "{\"name\":\"Bad\",\"momentum_weight\":1.2,\"value_weight\":0,"
                    + "\"quality_weight\":0,\"low_volatility_weight\":0,"
                    + "\"max_position_weight\":0.05,\"rebalance_frequency\":\"hourly\"}",
                owner.bearer())
            .problem(422);
    assertThat(Reply.fields(fields)).containsExactly("momentum_weight", "rebalance_frequency");
    String noPosition =
        settings("No position", "0.25", "daily")
            .replace("\"max_position_weight\":0.05", "\"max_position_weight\":0");
    assertThat(Reply.fields(api.post(STRATEGIES, noPosition, owner.bearer()).problem(422)))
        .containsExactly("max_position_weight");
    assertThat(api.get(STRATEGIES, owner.bearer()).expect(200).path("items")).isEmpty();
  }

  @Test
  void malformed_bodies_ids_and_if_match_values_answer_400() {
    RunningService.Account owner = service.newUser("malformed");
    long id = create(owner, "Target");
    api.post(STRATEGIES, "{\"name\":", owner.bearer()).problem(400);
    api.get(STRATEGIES + "/abc", owner.bearer()).problem(400);
    api.get(STRATEGIES + "/0", owner.bearer()).problem(400);
    api.put(
            STRATEGIES + "/" + id,
            settings("Target", "0.25", "daily"),
            Api.headers(owner.bearer(), new String[] {"If-Match", "1, 2"}))
        .problem(400);
    assertThat(api.get(STRATEGIES + "/" + id, owner.bearer()).expect(200).path("version").asInt())
        .isEqualTo(1);
  }

  @Test
  void every_strategy_route_without_a_valid_token_answers_401_with_a_bearer_challenge() {
    RunningService.Account owner = service.newUser("anon");
    long id = create(owner, "Guarded");
    String bad = AccountsEndToEndTest.tamperedSignature(owner.token());
    for (String[] credentials : new String[][] {{}, Api.bearer(bad)}) {
      List<Reply> replies =
          List.of(
              api.get(STRATEGIES, credentials),
              api.post(STRATEGIES, settings("Anon", "0.25", "daily"), credentials),
              api.get(STRATEGIES + "/" + id, credentials),
              api.put(STRATEGIES + "/" + id, settings("Anon", "0.25", "daily"), credentials),
              api.delete(STRATEGIES + "/" + id, credentials));
      for (Reply reply : replies) {
        reply.problem(401);
        assertThat(reply.header("WWW-Authenticate")).as(reply.toString()).hasValue("Bearer");
      }
    }
    JsonNode stored = api.get(STRATEGIES + "/" + id, owner.bearer()).expect(200);
    assertThat(stored.path("name").asText()).isEqualTo("Guarded");
    assertThat(api.get(STRATEGIES, owner.bearer()).expect(200).path("items")).hasSize(1);
  }

  private long create(RunningService.Account owner, String name) {
    return api.post(STRATEGIES, settings(name, "0.25", "weekly"), owner.bearer())
        .expect(201)
        .path("id")
        .asLong();
  }

  /** Momentum {@code momentum}, the rest of 1 split evenly over the other three factors. */
  static String settings(String name, String momentum, String frequency) {
    BigDecimal rest =
        BigDecimal.ONE
            .subtract(new BigDecimal(momentum))
            .divide(BigDecimal.valueOf(3), 10, RoundingMode.DOWN);
    BigDecimal last =
        BigDecimal.ONE
            .subtract(new BigDecimal(momentum))
            .subtract(rest.multiply(BigDecimal.valueOf(2)));
    return ("{\"name\":\"%s\",\"momentum_weight\":%s,\"value_weight\":%s,\"quality_weight\":%s,"
            + "\"low_volatility_weight\":%s,\"max_position_weight\":0.05,"
            + "\"rebalance_frequency\":\"%s\"}")
        .formatted(
            name,
            momentum,
            rest.stripTrailingZeros().toPlainString(),
            rest.stripTrailingZeros().toPlainString(),
            last.stripTrailingZeros().toPlainString(),
            frequency);
  }
}
