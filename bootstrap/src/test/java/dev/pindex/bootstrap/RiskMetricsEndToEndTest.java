package dev.pindex.bootstrap;

import static dev.pindex.bootstrap.PricesEndToEndTest.assertCounts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The index's daily risk figures: bulk upserts by the admin, pages and the latest for anyone. */
@ExtendWith(SharedService.class)
class RiskMetricsEndToEndTest {

  private static final String RISK_METRICS = "/api/v1/risk-metrics";

  private final RunningService service;
  private final Api api;

  RiskMetricsEndToEndTest(RunningService service) {
    this.service = service;
    this.api = service.api();
  }

  @Test
  void a_load_inserts_and_updates_with_exact_counts_and_the_figures_come_back_exactly() {
    LocalDate day = OwnDates.year();
    assertCounts(
        load(figures(day, "1.25", "0.1"), figures(day.plusDays(1), "1.5", "0.2")).expect(200),
        2,
        2,
        0);
    assertCounts(
        load(figures(day.plusDays(1), "1.75", "0.3"), figures(day.plusDays(2), "2", "0.4"))
            .expect(200),
        2,
        1,
        1);

    JsonNode items = api.get(range(day.getYear())).expect(200).path("items");
    assertThat(items).hasSize(3);
    JsonNode updated = items.get(1);
    assertThat(updated.path("date").asText()).isEqualTo(day.plusDays(1).toString());
    assertThat(updated.path("sharpe_ratio").decimalValue()).isEqualByComparingTo("1.75");
    assertThat(updated.path("sortino_ratio").decimalValue()).isEqualByComparingTo("2.0123456789");
    assertThat(updated.path("volatility").decimalValue()).isEqualByComparingTo("0.3");
    assertThat(updated.path("max_drawdown").decimalValue()).isEqualByComparingTo("-0.35");
    assertThat(updated.path("var_95").decimalValue()).isEqualByComparingTo("-0.021");
  }

  @Test
  void latest_answers_the_figures_of_the_newest_date() {
    LocalDate newest = LocalDate.of(OwnDates.NEWEST_YEAR, 6, 30);
    load(figures(newest.minusDays(1), "0.5", "0.1"), figures(newest, "0.75", "0.12")).expect(200);
    JsonNode latest = api.get(RISK_METRICS + "/latest").expect(200);
    assertThat(latest.path("date").asText()).isEqualTo(newest.toString());
    assertThat(latest.path("sharpe_ratio").decimalValue()).isEqualByComparingTo("0.75");
    assertThat(latest.path("volatility").decimalValue()).isEqualByComparingTo("0.12");
  }

  @Test
  void figures_breaking_their_rules_answer_422_by_row_and_nothing_is_stored() {
    LocalDate day = OwnDates.year();
    JsonNode problem =
        load(
                figures(day, "1", "0.1"),
                figures(day.plusDays(1), "1", "-0.1"), // negative volatility
                figures(day.plusDays(2), "1", "0.1")
                    .replace("-0.35", "0.2"), // a rise is no drawdown
                figures(day.plusDays(3), "1", "0.1").replace(",\"var_95\":-0.021", ""))
            .problem(422);
    assertThat(Reply.rows(problem)).containsExactly(2L, 3L, 4L);
    assertThat(problem.toString()).contains("volatility", "max_drawdown", "var_95");
    assertThat(api.get(range(day.getYear())).expect(200).path("items")).isEmpty();
  }

  @Test
  void a_broken_body_or_one_that_is_not_an_array_answers_400_and_stores_nothing() {
    LocalDate day = OwnDates.year();
    String row = figures(day, "1", "0.1");
    api.put(RISK_METRICS, "[" + row + ",{", admin()).problem(400);
    api.put(RISK_METRICS, row, admin()).problem(400);
    assertThat(api.get(range(day.getYear())).expect(200).path("items")).isEmpty();
  }

  @Test
  void following_next_cursor_reaches_every_day_once_and_bad_queries_answer_400() {
    LocalDate day = OwnDates.year();
    load(IntStream.range(0, 5)
            .mapToObj(i -> figures(day.plusDays(i), "1." + i, "0.1"))
            .toArray(String[]::new))
        .expect(200);
    List<String> dates = new ArrayList<>();
    String cursor = null;
    String issued = null;
    int pages = 0;
    do {
      JsonNode page =
          api.get(
                  range(day.getYear())
                      + "&limit=2"
                      + (cursor == null ? "" : "&cursor=" + Api.encode(cursor)))
              .expect(200);
      page.path("items").forEach(v -> dates.add(v.path("date").asText()));
      cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
      issued = cursor == null ? issued : cursor;
      pages++;
    } while (cursor != null && pages < 10);
    assertThat(dates)
        .containsExactlyElementsOf(
            IntStream.range(0, 5).mapToObj(i -> day.plusDays(i).toString()).toList());
    assertThat(pages).isEqualTo(3);

    api.get(range(day.getYear()) + "&cursor=" + Api.encode(PricesEndToEndTest.flipped(issued)))
        .problem(400);
    api.get(RISK_METRICS + "?from=yesterday").problem(400);
    api.get(RISK_METRICS + "?limit=1001").problem(400);
    api.get(RISK_METRICS + "/latest?date=" + day).problem(400);
  }

  private Reply load(String... rows) {
    return api.put(RISK_METRICS, "[" + String.join(",", rows) + "]", admin());
  }

  private static String range(int year) {
    return RISK_METRICS + "?from=" + year + "-01-01&to=" + year + "-12-31";
  }

  static String figures(LocalDate date, String sharpe, String volatility) {
    return ("{\"date\":\"%s\",\"sharpe_ratio\":%s,\"sortino_ratio\":%s,\"volatility\":%s,"
            + "\"max_drawdown\":-0.35,\"var_95\":-0.021}")
        .formatted(
            date,
            sharpe,
            new BigDecimal(sharpe).add(new BigDecimal("0.2623456789")).toPlainString(),
            volatility);
  }

  private String[] admin() {
    return Api.bearer(service.adminToken());
  }
}
