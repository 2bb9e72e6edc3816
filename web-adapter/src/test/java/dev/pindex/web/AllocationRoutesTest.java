package dev.pindex.web;

import static dev.pindex.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.domain.model.Allocation;
import dev.pindex.domain.model.AllocationItem;
import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.port.in.AllocationUseCase;
import dev.pindex.domain.port.in.ReplaceAllocationCommand;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllocationRoutesTest {

  private final NavigableMap<LocalDate, Allocation> stored = new TreeMap<>();
  private final AllocationUseCase allocations =
      new AllocationUseCase() {
        @Override
        public Allocation asOf(Optional<LocalDate> date) {
          Map.Entry<LocalDate, Allocation> entry =
              date.map(stored::floorEntry).orElseGet(stored::lastEntry);
          if (entry == null) {
            throw new NotFound("No allocation is set on or before that date.");
          }
          return entry.getValue();
        }

        @Override
        public Allocation replace(Caller caller, ReplaceAllocationCommand command) {
          caller.requireAdmin();
          Allocation allocation =
              new Allocation(
                  command.date(),
                  command.targets().items().stream()
                      .map(t -> new AllocationItem(t.symbol(), 9, t.symbol() + " Inc.", t.weight()))
                      .toList());
          stored.put(command.date(), allocation);
          return allocation;
        }
      };
  private TestServer server;
  private HttpProbe http;

  @BeforeAll
  void start() {
    server = TestServer.start(new JavalinAllocationRoutes(allocations, TestTokens.AUTHENTICATOR));
    http = server.http();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    stored.clear();
  }

  @Test
  void replace_answers_the_stored_allocation_with_exact_weights() {
    var response =
        http.put(
            "/api/v1/allocations/2026-11-27",
            "{\"items\":[{\"symbol\":\"aapl\",\"weight\":0.6000000001},"
                + "{\"symbol\":\"MSFT\",\"weight\":0.3999999999}]}",
            TestTokens.asAdmin());
    var body = HttpProbe.json(response);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.get("date").asText()).isEqualTo("2026-11-27");
    assertThat(body.at("/items/0/symbol").asText()).isEqualTo("AAPL");
    assertThat(body.at("/items/0/asset_id").asLong()).isEqualTo(9);
    assertThat(body.at("/items/0/name").asText()).isEqualTo("AAPL Inc.");
    assertThat(response.body()).contains("\"weight\":0.6000000001", "\"weight\":0.3999999999");
  }

  @Test
  void get_answers_the_allocation_in_force_on_a_date_or_the_newest() {
    replace("2026-11-01", "AAPL");
    replace("2026-11-15", "MSFT");

    assertThat(
            HttpProbe.json(http.get("/api/v1/allocations?date=2026-11-10"))
                .at("/items/0/symbol")
                .asText())
        .isEqualTo("AAPL");
    assertThat(HttpProbe.json(http.get("/api/v1/allocations")).get("date").asText())
        .isEqualTo("2026-11-15");
  }

  @Test
  void get_answers_404_when_none_is_in_force_and_400_for_a_malformed_date() {
    assertProblem(http.get("/api/v1/allocations?date=2026-01-01"), 404, "not-found");
    assertThat(
            Problems.fields(
                assertProblem(http.get("/api/v1/allocations?date=27.11.2026"), 400, "bad-request")))
        .containsExactly("date");
  }

  @Test
  void replace_with_weights_not_summing_to_one_answers_422() {
    var problem =
        assertProblem(
            http.put(
                "/api/v1/allocations/2026-11-27",
                "{\"items\":[{\"symbol\":\"AAPL\",\"weight\":0.5},{\"symbol\":\"MSFT\",\"weight\":0.4}]}",
                TestTokens.asAdmin()),
            422,
            "validation-failed");

    assertThat(Problems.fields(problem)).containsExactly("items");
  }

  @Test
  void replace_names_each_bad_item_by_its_path() {
    var problem =
        assertProblem(
            http.put(
                "/api/v1/allocations/2026-11-27",
                "{\"items\":[{\"symbol\":\"AAPL\",\"weight\":1.5},{\"weight\":0.5},null]}",
                TestTokens.asAdmin()),
            422,
            "validation-failed");

    assertThat(Problems.fields(problem))
        .containsExactly("items[0].weight", "items[1].symbol", "items[2]");
  }

  @Test
  void replace_with_a_symbol_twice_names_the_second() {
    var problem =
        assertProblem(
            http.put(
                "/api/v1/allocations/2026-11-27",
                "{\"items\":[{\"symbol\":\"AAPL\",\"weight\":0.5},{\"symbol\":\"aapl\",\"weight\":0.5}]}",
                TestTokens.asAdmin()),
            422,
            "validation-failed");

    assertThat(Problems.fields(problem)).containsExactly("items[1].symbol");
  }

  @Test
  void a_wrong_type_deep_in_the_body_answers_400_with_its_path() {
    var problem =
        assertProblem(
            http.put(
                "/api/v1/allocations/2026-11-27",
                "{\"items\":[{\"symbol\":\"AAPL\",\"weight\":1},{\"symbol\":\"MSFT\",\"weight\":\"0\"}]}",
                TestTokens.asAdmin()),
            400,
            "malformed-body");

    assertThat(Problems.fields(problem)).containsExactly("items[1].weight");
    assertThat(problem.get("detail").asText()).isEqualTo("items[1].weight must be a number.");
  }

  @Test
  void replace_on_a_malformed_date_answers_400() {
    assertProblem(
        http.put("/api/v1/allocations/2026-02-30", "{\"items\":[]}", TestTokens.asAdmin()),
        400,
        "bad-request");
  }

  @Test
  void replace_needs_an_admin() {
    String body = "{\"items\":[{\"symbol\":\"AAPL\",\"weight\":1}]}";
    assertProblem(http.put("/api/v1/allocations/2026-11-27", body), 401, "unauthenticated");
    assertProblem(
        http.put("/api/v1/allocations/2026-11-27", body, TestTokens.asUser()), 403, "forbidden");
  }

  private void replace(String date, String symbol) {
    assertThat(
            http.put(
                    "/api/v1/allocations/" + date,
                    "{\"items\":[{\"symbol\":\"" + symbol + "\",\"weight\":1}]}",
                    TestTokens.asAdmin())
                .statusCode())
        .isEqualTo(200);
  }
}
