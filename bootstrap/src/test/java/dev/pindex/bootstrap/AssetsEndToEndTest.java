package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Assets: listed and read by anyone, written by the admin. */
@ExtendWith(SharedService.class)
class AssetsEndToEndTest {

  private static final String ASSETS = "/api/v1/assets";

  private final RunningService service;
  private final Api api;

  AssetsEndToEndTest(RunningService service) {
    this.service = service;
    this.api = service.api();
  }

  @Test
  void create_answers_201_with_location_and_the_asset_which_get_then_answers() {
    String symbol = RunningService.unique("NEW");
    Reply created =
        api.post(
            ASSETS,
            "{\"symbol\":\"%s\",\"name\":\"New Asset\",\"sector\":\"Energy\"}"
                .formatted(symbol.toLowerCase()),
            admin());
    JsonNode asset = created.expect(201);
    assertThat(asset.path("symbol").asText()).as("upper-cased").isEqualTo(symbol);
    assertThat(asset.path("id").asLong()).isPositive();
    assertThat(asset.path("name").asText()).isEqualTo("New Asset");
    assertThat(asset.path("sector").asText()).isEqualTo("Energy");
    assertThat(Instant.parse(asset.path("created_at").asText())).isNotNull();
    assertThat(Instant.parse(asset.path("updated_at").asText())).isNotNull();
    assertThat(created.header("Location")).hasValue(ASSETS + "/" + symbol);

    assertThat(api.get(ASSETS + "/" + symbol).expect(200)).isEqualTo(asset);
  }

  @Test
  void a_symbol_with_a_caret_and_an_equals_sign_has_an_encoded_location_that_answers() {
    String symbol = "^" + RunningService.unique("EQ") + "=X";
    Reply created =
        api.post(
            ASSETS, "{\"symbol\":\"%s\",\"name\":\"Index future\"}".formatted(symbol), admin());
    created.expect(201);
    String location = created.header("Location").orElseThrow();
    assertThat(location).isEqualTo(ASSETS + "/" + Api.encode(symbol));
    assertThat(api.get(location).expect(200).path("symbol").asText()).isEqualTo(symbol);
  }

  @Test
  void create_of_a_symbol_that_exists_answers_409_and_keeps_the_first() {
    String symbol = service.newAsset("DUP", "Energy");
    api.post(ASSETS, "{\"symbol\":\"%s\",\"name\":\"Other\"}".formatted(symbol), admin())
        .problem(409);
    assertThat(api.get(ASSETS + "/" + symbol).expect(200).path("name").asText())
        .isEqualTo("Asset " + symbol);
  }

  @Test
  void create_with_invalid_values_answers_422_naming_each_field_and_stores_nothing() {
    JsonNode problem =
        api.post(ASSETS, "{\"symbol\":\"BAD SYMBOL!\",\"name\":\"  \"}", admin()).problem(422);
    assertThat(Reply.fields(problem)).contains("symbol");
    api.get(ASSETS + "/" + Api.encode("BAD SYMBOL!")).problem(400);

    String symbol = RunningService.unique("NONAME");
    assertThat(
            Reply.fields(
                api.post(ASSETS, "{\"symbol\":\"%s\"}".formatted(symbol), admin()).problem(422)))
        .containsExactly("name");
    api.get(ASSETS + "/" + symbol).problem(404);
  }

  @Test
  void create_with_malformed_json_or_an_unknown_field_answers_400() {
    api.post(ASSETS, "{\"symbol\":", admin()).problem(400);
    api.post(ASSETS, "[1, 2]", admin()).problem(400);
    api.post(ASSETS, "{\"symbol\":\"UNK1\",\"name\":\"n\",\"colour\":\"red\"}", admin())
        .problem(400);
    api.get(ASSETS + "/UNK1").problem(404);
  }

  @Test
  void get_of_an_absent_symbol_answers_404() {
    api.get(ASSETS + "/" + RunningService.unique("ABSENT")).problem(404);
  }

  @Test
  void concurrent_creates_of_one_symbol_create_one_asset_and_answer_409_to_the_rest() {
    String symbol = RunningService.unique("RACE");
    List<Reply> replies =
        Concurrently.run(
            6,
            i ->
                api.post(
                    ASSETS,
                    "{\"symbol\":\"%s\",\"name\":\"Racer %d\"}".formatted(symbol, i),
                    admin()));
    List<Reply> created = replies.stream().filter(reply -> reply.status() == 201).toList();
    assertThat(created).hasSize(1);
    replies.stream().filter(reply -> reply.status() != 201).forEach(reply -> reply.problem(409));
    assertThat(api.get(ASSETS + "/" + symbol).expect(200)).isEqualTo(created.get(0).json());
  }

  @Test
  void update_answers_200_with_the_new_details_and_a_missing_sector_clears_it() {
    String symbol = service.newAsset("UPD", "Energy");
    JsonNode before = api.get(ASSETS + "/" + symbol).expect(200);
    JsonNode renamed =
        api.put(ASSETS + "/" + symbol, "{\"name\":\"Renamed\",\"sector\":\"Utilities\"}", admin())
            .expect(200);
    assertThat(renamed.path("name").asText()).isEqualTo("Renamed");
    assertThat(renamed.path("sector").asText()).isEqualTo("Utilities");
    assertThat(renamed.path("id")).isEqualTo(before.path("id"));
    assertThat(renamed.path("created_at")).isEqualTo(before.path("created_at"));
    assertThat(Instant.parse(renamed.path("updated_at").asText()))
        .isAfterOrEqualTo(Instant.parse(before.path("updated_at").asText()));

    JsonNode cleared =
        api.put(ASSETS + "/" + symbol, "{\"name\":\"Renamed\"}", admin()).expect(200);
    assertThat(cleared.path("sector").isNull()).isTrue();
    assertThat(api.get(ASSETS + "/" + symbol).expect(200)).isEqualTo(cleared);
  }

  @Test
  void update_of_an_absent_symbol_answers_404_and_with_a_blank_name_422() {
    api.put(ASSETS + "/" + RunningService.unique("GHOST"), "{\"name\":\"Ghost\"}", admin())
        .problem(404);
    String symbol = service.newAsset("BLANK", null);
    api.put(ASSETS + "/" + symbol, "{\"name\":\" \"}", admin()).problem(422);
    assertThat(api.get(ASSETS + "/" + symbol).expect(200).path("name").asText())
        .isEqualTo("Asset " + symbol);
  }

  @Test
  void delete_answers_204_and_the_asset_is_gone() {
    String symbol = service.newAsset("DEL", null);
    Reply deleted = api.delete(ASSETS + "/" + symbol, admin());
    assertThat(deleted.expect(204)).isNull();
    api.get(ASSETS + "/" + symbol).problem(404);
    api.delete(ASSETS + "/" + symbol, admin()).problem(404);
  }

  @Test
  void delete_of_an_asset_with_prices_answers_409_and_keeps_asset_and_prices() {
    String symbol = service.newAsset("REFP", null);
    api.put(
            "/api/v1/prices",
            "[{\"symbol\":\"%s\",\"date\":\"2024-01-02\",\"close\":10.5,\"volume\":100}]"
                .formatted(symbol),
            admin())
        .expect(200);
    api.delete(ASSETS + "/" + symbol, admin()).problem(409);
    api.get(ASSETS + "/" + symbol).expect(200);
    assertThat(api.get(ASSETS + "/" + symbol + "/prices").expect(200).path("items")).hasSize(1);
  }

  @Test
  void delete_of_an_asset_in_an_allocation_answers_409_and_keeps_it() {
    String symbol = service.newAsset("REFA", null);
    String date = OwnDates.year().toString();
    api.put(
            "/api/v1/allocations/" + date,
            "{\"items\":[{\"symbol\":\"%s\",\"weight\":1}]}".formatted(symbol),
            admin())
        .expect(200);
    api.delete(ASSETS + "/" + symbol, admin()).problem(409);
    api.get(ASSETS + "/" + symbol).expect(200);
    assertThat(
            api.get("/api/v1/allocations?date=" + date).expect(200).at("/items/0/symbol").asText())
        .isEqualTo(symbol);
  }

  @Test
  void following_next_cursor_reaches_every_asset_of_a_sector_once_in_symbol_order() {
    String sector = RunningService.unique("Sector ");
    List<String> symbols =
        IntStream.range(0, 7).mapToObj(i -> service.newAsset("PG", sector)).sorted().toList();
    service.newAsset("PG", RunningService.unique("Other sector "));

    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      String path =
          ASSETS
              + "?sector="
              + Api.encode(sector)
              + "&limit=3"
              + (cursor == null ? "" : "&cursor=" + Api.encode(cursor));
      JsonNode page = api.get(path).expect(200);
      page.path("items").forEach(asset -> seen.add(asset.path("symbol").asText()));
      assertThat(page.path("items").size()).isLessThanOrEqualTo(3);
      cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
      pages++;
    } while (cursor != null && pages < 10);

    assertThat(seen).containsExactlyElementsOf(symbols);
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void the_unfiltered_list_in_default_pages_holds_every_asset_once() {
    List<String> mine = List.of(service.newAsset("ALL", null), service.newAsset("ALL", "Energy"));
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page =
          api.get(ASSETS + (cursor == null ? "" : "?cursor=" + Api.encode(cursor))).expect(200);
      assertThat(page.path("items").size()).isBetween(1, 100);
      page.path("items").forEach(asset -> seen.add(asset.path("symbol").asText()));
      cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
    } while (cursor != null && seen.size() < 100_000);
    assertThat(seen).doesNotHaveDuplicates().containsAll(mine);
  }

  @Test
  void a_tampered_or_foreign_cursor_answers_400() {
    String sector = RunningService.unique("Cursor sector ");
    service.newAsset("CUR", sector);
    service.newAsset("CUR", sector);
    String cursor =
        api.get(ASSETS + "?limit=1&sector=" + Api.encode(sector))
            .expect(200)
            .path("next_cursor")
            .asText();
    assertThat(cursor).isNotBlank();
    // the genuine cursor answers, so the refusals below are the alterations' doing
    api.get(ASSETS + "?limit=1&sector=" + Api.encode(sector) + "&cursor=" + Api.encode(cursor))
        .expect(200);

    String tampered = "WlpaWg" + cursor.substring(cursor.indexOf('.'));
    JsonNode problem = api.get(ASSETS + "?cursor=" + Api.encode(tampered)).problem(400);
    assertThat(Reply.fields(problem)).containsExactly("cursor");
    api.get(ASSETS + "?cursor=made-up").problem(400);
    // an assets cursor is no cursor of index values
    api.get("/api/v1/index-values?cursor=" + Api.encode(cursor)).problem(400);
  }

  @Test
  void bad_query_values_and_unknown_parameters_answer_400_naming_them() {
    assertThat(Reply.fields(api.get(ASSETS + "?limit=0").problem(400))).containsExactly("limit");
    assertThat(Reply.fields(api.get(ASSETS + "?limit=1001").problem(400))).containsExactly("limit");
    assertThat(Reply.fields(api.get(ASSETS + "?limit=ten").problem(400))).containsExactly("limit");
    assertThat(Reply.fields(api.get(ASSETS + "?sectr=Energy").problem(400)))
        .containsExactly("sectr");
    assertThat(Reply.fields(api.get(ASSETS + "?limit=1&limit=2").problem(400)))
        .containsExactly("limit");
  }

  private String[] admin() {
    return Api.bearer(service.adminToken());
  }
}
