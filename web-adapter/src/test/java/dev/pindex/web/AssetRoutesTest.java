package dev.pindex.web;

import static dev.pindex.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.port.in.AssetUseCase;
import dev.pindex.domain.port.in.CreateAssetCommand;
import dev.pindex.domain.port.in.ListAssetsQuery;
import dev.pindex.domain.port.in.UpdateAssetCommand;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetRoutesTest {

  private static final Instant T0 = Instant.parse("2026-11-28T09:15:00Z");

  private final FakeAssets assets = new FakeAssets();
  private TestServer server;
  private HttpProbe http;

  @BeforeAll
  void start() {
    server =
        TestServer.start(
            new JavalinAssetRoutes(assets, TestTokens.AUTHENTICATOR, TestTokens.CURSORS));
    http = server.http();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    assets.stored.clear();
    assets.lastQuery = null;
    for (String symbol : List.of("AAPL", "MSFT", "NVDA", "^GSPC")) {
      assets.put(symbol, symbol + " Inc.", symbol.equals("^GSPC") ? null : "Technology");
    }
  }

  @Test
  void list_answers_the_first_page_in_symbol_order_with_a_cursor_to_the_next() {
    var response = http.get("/api/v1/assets?limit=2");
    var body = HttpProbe.json(response);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.get("items")).hasSize(2);
    assertThat(body.at("/items/0/symbol").asText()).isEqualTo("AAPL");
    assertThat(body.at("/items/0/created_at").asText()).isEqualTo("2026-11-28T09:15:00Z");
    assertThat(body.at("/items/0/sector").asText()).isEqualTo("Technology");
    assertThat(body.get("next_cursor").isTextual()).isTrue();
  }

  @Test
  void following_next_cursor_walks_every_asset_once_and_ends_with_a_null_cursor() {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      var body =
          HttpProbe.json(
              http.get("/api/v1/assets?limit=3" + (cursor == null ? "" : "&cursor=" + cursor)));
      body.get("items").forEach(item -> seen.add(item.get("symbol").asText()));
      cursor = body.get("next_cursor").isNull() ? null : body.get("next_cursor").asText();
    } while (cursor != null);

    assertThat(seen).containsExactly("AAPL", "MSFT", "NVDA", "^GSPC");
  }

  @Test
  void list_passes_sector_and_the_default_limit_to_the_use_case() {
    http.get("/api/v1/assets?sector=Technology");

    assertThat(assets.lastQuery.sector()).hasValue("Technology");
    assertThat(assets.lastQuery.limit().value()).isEqualTo(100);
    assertThat(assets.lastQuery.after()).isEmpty();
  }

  @Test
  void an_empty_query_value_counts_as_absent() {
    assertThat(http.get("/api/v1/assets?sector=&limit=&cursor=").statusCode()).isEqualTo(200);
    assertThat(assets.lastQuery.sector()).isEmpty();
  }

  @Test
  void a_control_character_in_a_query_value_answers_400_naming_it() {
    assertThat(
            Problems.fields(
                assertProblem(http.get("/api/v1/assets?sector=Energy%00"), 400, "bad-request")))
        .containsExactly("sector");
  }

  @Test
  void a_tampered_cursor_answers_400_naming_the_cursor() {
    String cursor = HttpProbe.json(http.get("/api/v1/assets?limit=1")).get("next_cursor").asText();
    String tampered = TestCursors.withPayload(cursor, "ZZZZ");

    var problem = assertProblem(http.get("/api/v1/assets?cursor=" + tampered), 400, "bad-request");
    assertThat(Problems.fields(problem)).containsExactly("cursor");
    assertProblem(http.get("/api/v1/assets?cursor=garbage"), 400, "bad-request");
  }

  @Test
  void a_cursor_of_another_collection_is_refused() {
    String priceCursor = TestTokens.CURSORS.encode("prices", "2026-01-02");

    assertProblem(http.get("/api/v1/assets?cursor=" + priceCursor), 400, "bad-request");
  }

  @Test
  void a_limit_out_of_range_or_not_a_number_answers_400() {
    for (String limit : List.of("0", "1001", "-5", "ten", "99999999999")) {
      var problem = assertProblem(http.get("/api/v1/assets?limit=" + limit), 400, "bad-request");
      assertThat(Problems.fields(problem)).as(limit).containsExactly("limit");
    }
    assertThat(http.get("/api/v1/assets?limit=1000").statusCode()).isEqualTo(200);
  }

  @Test
  void an_unknown_or_repeated_query_parameter_answers_400() {
    var unknown = assertProblem(http.get("/api/v1/assets?limt=5"), 400, "bad-request");
    assertThat(Problems.fields(unknown)).containsExactly("limt");

    var repeated = assertProblem(http.get("/api/v1/assets?limit=1&limit=2"), 400, "bad-request");
    assertThat(Problems.fields(repeated)).containsExactly("limit");

    assertProblem(http.get("/api/v1/assets/AAPL?verbose=1"), 400, "bad-request");
  }

  @Test
  void get_answers_the_asset_upper_casing_the_symbol() {
    var response = http.get("/api/v1/assets/aapl");
    var body = HttpProbe.json(response);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.get("symbol").asText()).isEqualTo("AAPL");
    assertThat(body.get("name").asText()).isEqualTo("AAPL Inc.");
    assertThat(body.get("updated_at").asText()).isEqualTo("2026-11-28T09:15:00Z");
    assertThat(body.has("id")).isTrue();
  }

  @Test
  void get_reads_a_percent_encoded_symbol_and_answers_a_null_sector() {
    var body = HttpProbe.json(http.get("/api/v1/assets/%5EGSPC"));

    assertThat(body.get("symbol").asText()).isEqualTo("^GSPC");
    assertThat(body.get("sector").isNull()).isTrue();
  }

  @Test
  void get_of_an_unknown_symbol_answers_404_and_a_malformed_one_400() {
    assertProblem(http.get("/api/v1/assets/ZZZ"), 404, "not-found");
    var problem =
        assertProblem(http.get("/api/v1/assets/WAY-TOO-LONG-A-SYMBOL"), 400, "bad-request");
    assertThat(Problems.fields(problem)).containsExactly("symbol");
  }

  @Test
  void create_answers_201_with_location_and_the_stored_asset() {
    var response =
        http.post(
            "/api/v1/assets",
            "{\"symbol\":\"brk.b\",\"name\":\"Berkshire\",\"sector\":\"Financials\"}",
            HttpProbe.headers(TestTokens.asAdmin(), "X-Request-Id", "load-42"));

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("X-Request-Id")).hasValue("load-42");
    assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/assets/BRK.B");
    assertThat(HttpProbe.json(response).get("symbol").asText()).isEqualTo("BRK.B");
    assertThat(assets.stored).containsKey(new Symbol("BRK.B"));
  }

  @Test
  void create_percent_encodes_the_location_of_a_symbol_with_a_caret() {
    var response =
        http.post("/api/v1/assets", "{\"symbol\":\"^DJI\",\"name\":\"Dow\"}", TestTokens.asAdmin());

    assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/assets/%5EDJI");
  }

  @Test
  void create_without_a_token_answers_401_with_a_bearer_challenge() {
    var response = http.post("/api/v1/assets", "{\"symbol\":\"X\",\"name\":\"X\"}");

    assertProblem(response, 401, "unauthenticated");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void create_by_a_non_admin_answers_403_from_the_use_case() {
    assertProblem(
        http.post("/api/v1/assets", "{\"symbol\":\"X\",\"name\":\"X\"}", TestTokens.asUser()),
        403,
        "forbidden");
  }

  @Test
  void create_of_a_duplicate_symbol_answers_409() {
    assertProblem(
        http.post("/api/v1/assets", "{\"symbol\":\"AAPL\",\"name\":\"A\"}", TestTokens.asAdmin()),
        409,
        "conflict");
  }

  @Test
  void create_with_invalid_fields_answers_422_naming_each() {
    var problem =
        assertProblem(
            http.post("/api/v1/assets", "{\"symbol\":\"no spaces!\"}", TestTokens.asAdmin()),
            422,
            "validation-failed");

    assertThat(Problems.fields(problem)).containsExactly("symbol", "name");
  }

  @Test
  void create_with_malformed_json_or_a_wrong_type_answers_400_without_internals() {
    assertProblem(
        http.post("/api/v1/assets", "{\"symbol\":", TestTokens.asAdmin()), 400, "malformed-body");

    var wrongType =
        assertProblem(
            http.post("/api/v1/assets", "{\"symbol\":42,\"name\":\"X\"}", TestTokens.asAdmin()),
            400,
            "malformed-body");
    assertThat(Problems.fields(wrongType)).containsExactly("symbol");
    assertThat(wrongType.at("/errors/0/message").asText()).isEqualTo("must be a string");

    var unknown =
        assertProblem(
            http.post(
                "/api/v1/assets",
                "{\"symbol\":\"X\",\"name\":\"X\",\"ceo\":\"Y\"}",
                TestTokens.asAdmin()),
            400,
            "malformed-body");
    assertThat(Problems.fields(unknown)).containsExactly("ceo");

    assertProblem(
        http.post("/api/v1/assets", "[1,2]", TestTokens.asAdmin()), 400, "malformed-body");
  }

  @Test
  void create_with_another_content_type_answers_415() {
    assertProblem(
        http.withBody(
            "POST",
            "/api/v1/assets",
            "symbol=X&name=X",
            "application/x-www-form-urlencoded",
            TestTokens.asAdmin()),
        415,
        "unsupported-media-type");
  }

  @Test
  void a_body_larger_than_the_limit_answers_413() {
    String name = "x".repeat((int) TestServer.MAX_BODY_BYTES);

    assertProblem(
        http.post(
            "/api/v1/assets", "{\"symbol\":\"X\",\"name\":\"" + name + "\"}", TestTokens.asAdmin()),
        413,
        "content-too-large");
  }

  @Test
  void update_answers_200_with_the_changed_asset() {
    var response =
        http.put(
            "/api/v1/assets/MSFT",
            "{\"name\":\"Microsoft\",\"sector\":\"Software\"}",
            TestTokens.asAdmin());
    var body = HttpProbe.json(response);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.get("name").asText()).isEqualTo("Microsoft");
    assertThat(body.get("sector").asText()).isEqualTo("Software");
  }

  @Test
  void update_of_an_unknown_asset_answers_404() {
    assertProblem(
        http.put("/api/v1/assets/ZZZ", "{\"name\":\"Z\"}", TestTokens.asAdmin()), 404, "not-found");
  }

  @Test
  void delete_answers_204_and_409_while_the_asset_is_referenced() {
    var deleted = http.delete("/api/v1/assets/NVDA", TestTokens.asAdmin());
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(deleted.body()).isEmpty();
    assertThat(assets.stored).doesNotContainKey(new Symbol("NVDA"));

    assets.referenced = new Symbol("AAPL");
    assertProblem(http.delete("/api/v1/assets/AAPL", TestTokens.asAdmin()), 409, "conflict");
  }

  @Test
  void delete_without_a_token_answers_401_and_by_a_user_403() {
    assertProblem(http.delete("/api/v1/assets/AAPL"), 401, "unauthenticated");
    assertProblem(http.delete("/api/v1/assets/AAPL", TestTokens.asUser()), 403, "forbidden");
  }

  /** Assets in a sorted map, with the use case's rules: admins write, symbols are unique. */
  static final class FakeAssets implements AssetUseCase {

    final Map<Symbol, Asset> stored = new TreeMap<>();
    ListAssetsQuery lastQuery;
    Symbol referenced;
    private long nextId = 1;

    void put(String symbol, String name, String sector) {
      Symbol key = new Symbol(symbol);
      stored.put(key, new Asset(nextId++, key, new AssetDetails(name, sector), T0, T0));
    }

    @Override
    public Page<Asset> list(ListAssetsQuery query) {
      lastQuery = query;
      List<Asset> rows =
          stored.values().stream()
              .filter(a -> query.after().map(after -> a.symbol().compareTo(after) > 0).orElse(true))
              .filter(a -> query.sector().map(s -> s.equals(a.details().sector())).orElse(true))
              .limit(query.limit().value() + 1L)
              .toList();
      return Page.fromOverfetch(rows, query.limit().value());
    }

    @Override
    public Asset get(Symbol symbol) {
      return Optional.ofNullable(stored.get(symbol))
          .orElseThrow(() -> new NotFound("No asset with symbol " + symbol + "."));
    }

    @Override
    public Asset create(Caller caller, CreateAssetCommand command) {
      caller.requireAdmin();
      if (stored.containsKey(command.symbol())) {
        throw new Conflict("An asset with symbol " + command.symbol() + " exists.");
      }
      Asset asset = new Asset(nextId++, command.symbol(), command.details(), T0, T0);
      stored.put(command.symbol(), asset);
      return asset;
    }

    @Override
    public Asset update(Caller caller, UpdateAssetCommand command) {
      caller.requireAdmin();
      Asset old = get(command.symbol());
      Asset changed = new Asset(old.id(), old.symbol(), command.details(), old.createdAt(), T0);
      stored.put(old.symbol(), changed);
      return changed;
    }

    @Override
    public void delete(Caller caller, Symbol symbol) {
      caller.requireAdmin();
      get(symbol);
      if (symbol.equals(referenced)) {
        throw new Conflict("Prices or allocations still refer to " + symbol + ".");
      }
      stored.remove(symbol);
    }
  }
}
