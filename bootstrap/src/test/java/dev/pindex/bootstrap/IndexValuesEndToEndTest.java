package dev.pindex.bootstrap;

import static dev.pindex.bootstrap.PricesEndToEndTest.assertCounts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The index's daily values: bulk upserts by the admin, dated pages for anyone. */
@ExtendWith(SharedService.class)
class IndexValuesEndToEndTest {

  private static final String INDEX_VALUES = "/api/v1/index-values";

  private final RunningService service;
  private final Api api;

  IndexValuesEndToEndTest(RunningService service) {
    this.service = service;
    this.api = service.api();
  }

  @Test
  void a_load_inserts_new_days_and_updates_stored_ones_and_counts_each_exactly() {
    LocalDate day = OwnDates.year();
    assertCounts(
        load(value(day, "1000"), value(day.plusDays(1), "1001.5"), value(day.plusDays(2), "999.25"))
            .expect(200),
        3,
        3,
        0);
    assertCounts(
        load(value(day.plusDays(2), "998.123456"), value(day.plusDays(3), "-1.000001")).expect(200),
        2,
        1,
        1);

    assertThat(storedIn(day.getYear()))
        .containsExactly(
            day + " 1000",
            day.plusDays(1) + " 1001.5",
            day.plusDays(2) + " 998.123456",
            day.plusDays(3) + " -1.000001");
  }

  @Test
  void a_body_with_bad_rows_answers_422_listing_them_and_stores_none_of_the_good_ones() {
    LocalDate day = OwnDates.year();
    load(value(day, "500")).expect(200);
    JsonNode problem =
        load(
                value(day, "501"), // would update the stored day
                value(day.plusDays(1), "1.1234567"), // seven decimals: more than the column holds
                "{\"date\":\"%s\"}".formatted(day.plusDays(2)), // value missing
                value(day.plusDays(3), "502"),
                value(day.plusDays(3), "503"), // the same date again
                "{\"date\":\"tomorrow\",\"value\":1}")
            .problem(422);
    assertThat(Reply.rows(problem)).containsExactly(2L, 3L, 5L, 6L);
    assertThat(storedIn(day.getYear())).containsExactly(day + " 500");
  }

  @Test
  void a_broken_body_answers_400_and_stores_nothing() {
    LocalDate day = OwnDates.year();
    api.put(INDEX_VALUES, "[" + value(day, "1") + ",", admin()).problem(400);
    api.put(INDEX_VALUES, "{\"date\":\"%s\",\"value\":1}".formatted(day), admin()).problem(400);
    assertThat(storedIn(day.getYear())).isEmpty();
  }

  @Test
  void following_next_cursor_reaches_every_day_of_a_range_once_in_order() {
    LocalDate day = OwnDates.year();
    List<String> rows =
        IntStream.range(0, 8).mapToObj(i -> value(day.plusDays(7 - i), "10" + i)).toList();
    load(rows.toArray(String[]::new)).expect(200);

    List<String> dates = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          api.get(
                  range(day.getYear())
                      + "&limit=3"
                      + (cursor == null ? "" : "&cursor=" + Api.encode(cursor)))
              .expect(200);
      page.path("items").forEach(v -> dates.add(v.path("date").asText()));
      cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
      pages++;
    } while (cursor != null && pages < 10);

    assertThat(dates)
        .containsExactlyElementsOf(
            IntStream.range(0, 8).mapToObj(i -> day.plusDays(i).toString()).toList());
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void rows_added_between_pages_neither_repeat_nor_shift_what_follows_the_cursor() {
    LocalDate day = OwnDates.year();
    load(value(day.plusDays(2), "2"), value(day.plusDays(4), "4"), value(day.plusDays(6), "6"))
        .expect(200);
    JsonNode first = api.get(range(day.getYear()) + "&limit=2").expect(200);
    assertThat(dates(first))
        .containsExactly(day.plusDays(2).toString(), day.plusDays(4).toString());

    // one day before the cursor's key, one after it
    load(value(day.plusDays(3), "3"), value(day.plusDays(5), "5")).expect(200);
    JsonNode second =
        api.get(
                range(day.getYear())
                    + "&limit=2&cursor="
                    + Api.encode(first.path("next_cursor").asText()))
            .expect(200);
    assertThat(dates(second))
        .containsExactly(day.plusDays(5).toString(), day.plusDays(6).toString());
  }

  @Test
  void bad_query_values_and_an_altered_cursor_answer_400() {
    LocalDate day = OwnDates.year();
    load(value(day, "1"), value(day.plusDays(1), "2")).expect(200);
    String cursor =
        api.get(range(day.getYear()) + "&limit=1").expect(200).path("next_cursor").asText();
    api.get(range(day.getYear()) + "&limit=1&cursor=" + Api.encode(cursor)).expect(200);

    api.get(range(day.getYear()) + "&cursor=" + Api.encode(PricesEndToEndTest.flipped(cursor)))
        .problem(400);
    api.get(INDEX_VALUES + "?from=" + day.plusDays(1) + "&to=" + day).problem(400);
    api.get(INDEX_VALUES + "?to=31.12.2024").problem(400);
    api.get(INDEX_VALUES + "?limit=0").problem(400);
    api.get(INDEX_VALUES + "?symbol=X").problem(400);
  }

  private Reply load(String... rows) {
    return api.put(INDEX_VALUES, "[" + String.join(",", rows) + "]", admin());
  }

  private List<String> storedIn(int year) {
    List<String> values = new ArrayList<>();
    api.get(range(year))
        .expect(200)
        .path("items")
        .forEach(
            v ->
                values.add(
                    v.path("date").asText()
                        + " "
                        + v.path("value").decimalValue().stripTrailingZeros().toPlainString()));
    return values;
  }

  private static List<String> dates(JsonNode page) {
    List<String> dates = new ArrayList<>();
    page.path("items").forEach(v -> dates.add(v.path("date").asText()));
    return dates;
  }

  private static String range(int year) {
    return INDEX_VALUES + "?from=" + year + "-01-01&to=" + year + "-12-31";
  }

  static String value(LocalDate date, String value) {
    return "{\"date\":\"%s\",\"value\":%s}".formatted(date, value);
  }

  private String[] admin() {
    return Api.bearer(service.adminToken());
  }
}
