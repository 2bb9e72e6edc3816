package dev.pindex.web;

import static dev.pindex.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.in.IndexValuesUseCase;
import dev.pindex.domain.port.in.ListDatedQuery;
import dev.pindex.domain.port.in.UpsertCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexValueRoutesTest {

  private final DatedSeries<IndexValue> series = new DatedSeries<>(IndexValue::date);
  private final IndexValuesUseCase indexValues =
      new IndexValuesUseCase() {
        @Override
        public Page<IndexValue> list(ListDatedQuery query) {
          return series.page(query);
        }

        @Override
        public UpsertCounts upsert(UpsertCommand<IndexValue> command) {
          List<IndexValue> rows = BulkLoads.drain(command);
          long updated = series.upsert(rows);
          return new UpsertCounts(rows.size(), rows.size() - updated, updated);
        }
      };
  private TestServer server;
  private HttpProbe http;

  @BeforeAll
  void start() {
    server =
        TestServer.start(
            new JavalinIndexValueRoutes(indexValues, TestTokens.AUTHENTICATOR, TestTokens.CURSORS));
    http = server.http();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    series.stored.clear();
    for (int day = 1; day <= 3; day++) {
      series.add(new IndexValue(LocalDate.of(2026, 11, day), new BigDecimal("1000.000001")));
    }
  }

  @Test
  void list_answers_values_by_date_and_pages_with_the_cursor() {
    var first = http.get("/api/v1/index-values?limit=2");
    var body = HttpProbe.json(first);
    var second =
        HttpProbe.json(
            http.get("/api/v1/index-values?limit=2&cursor=" + body.get("next_cursor").asText()));

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("{\"date\":\"2026-11-01\",\"value\":1000.000001}");
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.at("/items/0/date").asText()).isEqualTo("2026-11-03");
    assertThat(second.get("next_cursor").isNull()).isTrue();
  }

  @Test
  void list_passes_the_range_and_default_limit() {
    http.get("/api/v1/index-values?from=2026-11-02&to=2026-11-30");

    assertThat(series.lastQuery.range().from()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(series.lastQuery.range().to()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(series.lastQuery.limit().value()).isEqualTo(100);
  }

  @Test
  void list_refuses_a_limit_over_1000_and_unknown_parameters() {
    assertProblem(http.get("/api/v1/index-values?limit=1001"), 400, "bad-request");
    assertProblem(http.get("/api/v1/index-values?form=2026-11-01"), 400, "bad-request");
  }

  @Test
  void a_bulk_load_answers_received_inserted_and_updated() {
    var response =
        http.put(
            "/api/v1/index-values",
            "[{\"date\":\"2026-11-03\",\"value\":1001.5},{\"date\":\"2026-11-04\",\"value\":1002}]",
            TestTokens.asAdmin());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"received\":2,\"inserted\":1,\"updated\":1}");
  }

  @Test
  void a_csv_bulk_load_reads_date_and_value_columns() {
    var response =
        http.withBody(
            "PUT",
            "/api/v1/index-values",
            "date,value\n2026-11-03,1001.5\n2026-11-04,1002\n",
            HttpProbe.CSV,
            TestTokens.asAdmin());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"received\":2,\"inserted\":1,\"updated\":1}");
  }

  @Test
  void a_bulk_row_with_too_many_decimals_answers_422_by_row() {
    var problem =
        assertProblem(
            http.put(
                "/api/v1/index-values",
                "[{\"date\":\"2026-11-03\",\"value\":1.1234567}]",
                TestTokens.asAdmin()),
            422,
            "validation-failed");

    assertThat(problem.at("/errors/0/row").asLong()).isEqualTo(1);
    assertThat(problem.at("/errors/0/message").asText())
        .isEqualTo("value must have at most 6 decimal places");
  }

  @Test
  void a_bulk_load_needs_an_admin() {
    assertProblem(http.put("/api/v1/index-values", "[]"), 401, "unauthenticated");
    assertProblem(http.put("/api/v1/index-values", "[]", TestTokens.asUser()), 403, "forbidden");
  }
}
