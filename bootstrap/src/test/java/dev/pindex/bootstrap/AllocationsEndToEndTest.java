package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Allocations: replaced per date by the admin, looked up as of a date by anyone. */
@ExtendWith(SharedService.class)
class AllocationsEndToEndTest {

  private static final String ALLOCATIONS = "/api/v1/allocations";

  private final RunningService service;
  private final Api api;

  AllocationsEndToEndTest(RunningService service) {
    this.service = service;
    this.api = service.api();
  }

  @Test
  void replace_answers_the_stored_allocation_with_asset_ids_names_and_exact_weights() {
    String first = service.newAsset("ALA", null);
    String second = service.newAsset("ALB", null);
    LocalDate date = OwnDates.year();
    JsonNode stored =
        replace(date, item(second, "0.6666666667"), item(first, "0.3333333333")).expect(200);
    assertThat(stored.path("date").asText()).isEqualTo(date.toString());
    assertThat(weights(stored))
        .containsExactlyInAnyOrder(first + " 0.3333333333", second + " 0.6666666667");
    JsonNode asset = api.get("/api/v1/assets/" + first).expect(200);
    JsonNode item = itemOf(stored, first);
    assertThat(item.path("asset_id")).isEqualTo(asset.path("id"));
    assertThat(item.path("name")).isEqualTo(asset.path("name"));

    assertThat(api.get(ALLOCATIONS + "?date=" + date).expect(200)).isEqualTo(stored);
  }

  @Test
  void replacing_a_dates_allocation_removes_the_items_it_no_longer_names() {
    String kept = service.newAsset("KEPT", null);
    String dropped = service.newAsset("DROP", null);
    LocalDate date = OwnDates.year();
    replace(date, item(kept, "0.5"), item(dropped, "0.5")).expect(200);
    replace(date, item(kept, "1")).expect(200);
    assertThat(weights(api.get(ALLOCATIONS + "?date=" + date).expect(200)))
        .containsExactly(kept + " 1");
    // no allocation refers to the dropped asset any more, so it can go
    api.delete("/api/v1/assets/" + dropped, admin()).expect(204);
  }

  /**
   * The only test writing allocations in {@link OwnDates#EARLIEST_YEAR} and {@link
   * OwnDates#NEWEST_YEAR}: before its first date none is in force, and without a date the newest of
   * the whole series is its own.
   */
  @Test
  void the_allocation_in_force_is_the_newest_on_or_before_the_date_and_none_before_the_first() {
    String symbol = service.newAsset("ASOF", null);
    String other = service.newAsset("ASOF", null);
    LocalDate first = LocalDate.of(OwnDates.EARLIEST_YEAR, 3, 1);
    LocalDate second = LocalDate.of(OwnDates.EARLIEST_YEAR, 6, 1);
    LocalDate newest = LocalDate.of(OwnDates.NEWEST_YEAR, 12, 31);
    replace(first, item(symbol, "1")).expect(200);
    replace(second, item(symbol, "0.25"), item(other, "0.75")).expect(200);
    replace(newest, item(other, "1")).expect(200);

    api.get(ALLOCATIONS + "?date=" + first.minusDays(1)).problem(404);
    assertThat(dateOf(ALLOCATIONS + "?date=" + first)).isEqualTo(first);
    assertThat(dateOf(ALLOCATIONS + "?date=" + second.minusDays(1))).isEqualTo(first);
    assertThat(dateOf(ALLOCATIONS + "?date=" + second)).isEqualTo(second);
    assertThat(dateOf(ALLOCATIONS + "?date=" + second.plusYears(50))).isEqualTo(second);
    assertThat(dateOf(ALLOCATIONS)).isEqualTo(newest);
    assertThat(dateOf(ALLOCATIONS + "?date=")).as("an empty date is no date").isEqualTo(newest);
    assertThat(weights(api.get(ALLOCATIONS + "?date=" + second).expect(200)))
        .containsExactlyInAnyOrder(symbol + " 0.25", other + " 0.75");
  }

  /**
   * Several admins replace one date's allocation at once, each with a shared asset and one of its
   * own. Every replace answers 200, and what is stored afterwards is one of them whole: never a mix
   * of two, never a weight sum other than 1.
   */
  @Test
  void concurrent_replaces_of_one_date_all_succeed_and_leave_one_whole_allocation() {
    int clients = 6;
    String shared = service.newAsset("SHARED", null);
    List<String> own = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      own.add(service.newAsset("OWN", null));
    }
    LocalDate date = OwnDates.year();
    List<List<Reply>> replies =
        Concurrently.run(
            clients,
            i -> {
              List<Reply> rounds = new ArrayList<>();
              for (int round = 0; round < 3; round++) {
                String weight = "0.%d%d".formatted(i + 1, round + 1);
                rounds.add(
                    replace(
                        date,
                        item(shared, weight),
                        item(
                            own.get(i),
                            BigDecimal.ONE.subtract(new BigDecimal(weight)).toPlainString())));
              }
              return rounds;
            });
    replies.forEach(rounds -> rounds.forEach(reply -> reply.expect(200)));

    JsonNode stored = api.get(ALLOCATIONS + "?date=" + date).expect(200);
    assertThat(stored.path("items")).hasSize(2);
    BigDecimal sharedWeight = itemOf(stored, shared).path("weight").decimalValue();
    int client = sharedWeight.movePointRight(2).intValue() / 10 - 1;
    assertThat(client).isBetween(0, clients - 1);
    assertThat(itemOf(stored, own.get(client)).path("weight").decimalValue())
        .isEqualByComparingTo(BigDecimal.ONE.subtract(sharedWeight));
  }

  @Test
  void weights_not_summing_to_one_answer_422_and_leave_the_previous_allocation_intact() {
    String a = service.newAsset("SUMA", null);
    String b = service.newAsset("SUMB", null);
    LocalDate date = OwnDates.year();
    JsonNode previous = replace(date, item(a, "0.4"), item(b, "0.6")).expect(200);

    JsonNode problem = replace(date, item(a, "0.5"), item(b, "0.6")).problem(422);
    assertThat(Reply.fields(problem)).containsExactly("items");
    // within 1e-6 of 1 is still 1, just past it is not
    replace(date, item(a, "0.5"), item(b, "0.4999989")).problem(422);

    assertThat(api.get(ALLOCATIONS + "?date=" + date).expect(200)).isEqualTo(previous);
  }

  @Test
  void an_unknown_symbol_answers_422_and_leaves_the_previous_allocation_intact() {
    String known = service.newAsset("KNA", null);
    LocalDate date = OwnDates.year();
    JsonNode previous = replace(date, item(known, "1")).expect(200);
    String unknown = RunningService.unique("NOASSET");
    replace(date, item(known, "0.5"), item(unknown, "0.5")).problem(422);
    assertThat(api.get(ALLOCATIONS + "?date=" + date).expect(200)).isEqualTo(previous);
  }

  @Test
  void a_symbol_twice_or_a_weight_out_of_range_answers_422_naming_the_item() {
    String a = service.newAsset("TWICE", null);
    String b = service.newAsset("RANGE", null);
    LocalDate date = OwnDates.year();
    assertThat(
            Reply.fields(replace(date, item(a, "0.5"), item(a.toLowerCase(), "0.5")).problem(422)))
        .containsExactly("items[1].symbol");
    assertThat(Reply.fields(replace(date, item(a, "1.5"), item(b, "-0.5")).problem(422)))
        .containsExactlyInAnyOrder("items[0].weight", "items[1].weight");
    assertThat(
            Reply.fields(api.put(ALLOCATIONS + "/" + date, "{\"items\":[]}", admin()).problem(422)))
        .containsExactly("items");
    assertNoneSetOn(date);
  }

  @Test
  void malformed_bodies_dates_and_parameters_answer_400() {
    String a = service.newAsset("MAL", null);
    LocalDate date = OwnDates.year();
    api.put(ALLOCATIONS + "/" + date, "{\"items\":[{\"symbol\":", admin()).problem(400);
    assertThat(
            Reply.fields(
                api.put(
                        ALLOCATIONS + "/" + date,
                        "{\"items\":[{\"symbol\":\"%s\",\"weight\":\"1\"}]}".formatted(a),
                        admin())
                    .problem(400)))
        .containsExactly("items[0].weight");
    api.put(ALLOCATIONS + "/2024-02-30", "{\"items\":[%s]}".formatted(item(a, "1")), admin())
        .problem(400);
    api.put(ALLOCATIONS + "/0000-01-01", "{\"items\":[%s]}".formatted(item(a, "1")), admin())
        .problem(400);
    api.get(ALLOCATIONS + "?date=2024-1-1").problem(400);
    api.get(ALLOCATIONS + "?on=2024-01-01").problem(400);
    assertNoneSetOn(date);
  }

  private Reply replace(LocalDate date, String... items) {
    return api.put(
        ALLOCATIONS + "/" + date, "{\"items\":[" + String.join(",", items) + "]}", admin());
  }

  /** No allocation was set on this date: the one in force then, if any, is an older one. */
  private void assertNoneSetOn(LocalDate date) {
    Reply inForce = api.get(ALLOCATIONS + "?date=" + date);
    if (inForce.status() == 404) {
      inForce.problem(404);
    } else {
      assertThat(LocalDate.parse(inForce.expect(200).path("date").asText())).isBefore(date);
    }
  }

  private LocalDate dateOf(String path) {
    return LocalDate.parse(api.get(path).expect(200).path("date").asText());
  }

  private static String item(String symbol, String weight) {
    return "{\"symbol\":\"%s\",\"weight\":%s}".formatted(symbol, weight);
  }

  private static JsonNode itemOf(JsonNode allocation, String symbol) {
    for (JsonNode item : allocation.path("items")) {
      if (item.path("symbol").asText().equals(symbol)) {
        return item;
      }
    }
    throw new AssertionError(symbol + " is not in " + allocation);
  }

  /** Each item as "SYMBOL weight", the weight without trailing zeros. */
  private static List<String> weights(JsonNode allocation) {
    List<String> weights = new ArrayList<>();
    allocation
        .path("items")
        .forEach(
            item ->
                weights.add(
                    item.path("symbol").asText()
                        + " "
                        + item.path("weight").decimalValue().stripTrailingZeros().toPlainString()));
    return weights;
  }

  private String[] admin() {
    return Api.bearer(service.adminToken());
  }
}
