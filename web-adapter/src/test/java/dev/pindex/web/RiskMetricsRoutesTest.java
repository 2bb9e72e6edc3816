package dev.pindex.web;

import static dev.pindex.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.RiskMetrics;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.in.ListDatedQuery;
import dev.pindex.domain.port.in.RiskMetricsUseCase;
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
class RiskMetricsRoutesTest {

  private static final String ROW =
      "{\"date\":\"2026-11-27\",\"sharpe_ratio\":1.25,\"sortino_ratio\":1.8,"
          + "\"volatility\":0.1834,\"max_drawdown\":-0.35,\"var_95\":-0.0213}";

  private final DatedSeries<RiskMetrics> series = new DatedSeries<>(RiskMetrics::date);
  private final RiskMetricsUseCase riskMetrics =
      new RiskMetricsUseCase() {
        @Override
        public Page<RiskMetrics> list(ListDatedQuery query) {
          return series.page(query);
        }

        @Override
        public RiskMetrics latest() {
          if (series.stored.isEmpty()) {
            throw new NotFound("No risk metrics are stored.");
          }
          return series.stored.lastEntry().getValue();
        }

        @Override
        public UpsertCounts upsert(UpsertCommand<RiskMetrics> command) {
          List<RiskMetrics> rows = BulkLoads.drain(command);
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
            new JavalinRiskMetricsRoutes(
                riskMetrics, TestTokens.AUTHENTICATOR, TestTokens.CURSORS));
    http = server.http();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    series.stored.clear();
  }

  @Test
  void a_loaded_row_reads_back_with_every_figure_exact_and_named_in_snake_case() {
    var load = http.put("/api/v1/risk-metrics", "[" + ROW + "]", TestTokens.asAdmin());
    var latest = http.get("/api/v1/risk-metrics/latest");

    assertThat(load.statusCode()).isEqualTo(200);
    assertThat(latest.statusCode()).isEqualTo(200);
    assertThat(latest.body()).isEqualTo(ROW);
    assertThat(series.stored.get(LocalDate.of(2026, 11, 27)).var95())
        .isEqualTo(new BigDecimal("-0.0213"));
  }

  @Test
  void a_csv_bulk_load_reads_every_figure_exactly() {
    var load =
        http.withBody(
            "PUT",
            "/api/v1/risk-metrics",
            "date,sharpe_ratio,sortino_ratio,volatility,max_drawdown,var_95\n"
                + "2026-11-27,1.25,1.8,0.1834,-0.35,-0.0213\n",
            HttpProbe.CSV,
            TestTokens.asAdmin());

    assertThat(load.statusCode()).isEqualTo(200);
    assertThat(http.get("/api/v1/risk-metrics/latest").body()).isEqualTo(ROW);
  }

  @Test
  void latest_answers_404_when_none_are_stored() {
    assertProblem(http.get("/api/v1/risk-metrics/latest"), 404, "not-found");
  }

  @Test
  void list_answers_a_page_by_date() {
    http.put(
        "/api/v1/risk-metrics",
        "[" + ROW + "," + ROW.replace("2026-11-27", "2026-11-26") + "]",
        TestTokens.asAdmin());

    var body = HttpProbe.json(http.get("/api/v1/risk-metrics?from=2026-11-01&limit=1"));

    assertThat(body.at("/items/0/date").asText()).isEqualTo("2026-11-26");
    assertThat(body.get("next_cursor").isTextual()).isTrue();
  }

  @Test
  void a_row_breaking_the_metrics_rules_answers_422_by_row() {
    var problem =
        assertProblem(
            http.put(
                "/api/v1/risk-metrics",
                "[" + ROW + "," + ROW.replace("-0.35", "0.2") + "," + "{\"date\":\"2026-11-27\"}]",
                TestTokens.asAdmin()),
            422,
            "validation-failed");

    assertThat(problem.at("/errors/0/row").asLong()).isEqualTo(2);
    assertThat(problem.at("/errors/0/message").asText())
        .isEqualTo("max_drawdown must lie in [-1, 0]");
    assertThat(problem.at("/errors/1/row").asLong()).isEqualTo(3);
    assertThat(problem.at("/errors/1/message").asText()).contains("var_95 is required");
  }

  @Test
  void a_bulk_load_needs_an_admin() {
    assertProblem(http.put("/api/v1/risk-metrics", "[" + ROW + "]"), 401, "unauthenticated");
    assertProblem(
        http.put("/api/v1/risk-metrics", "[" + ROW + "]", TestTokens.asUser()), 403, "forbidden");
  }
}
