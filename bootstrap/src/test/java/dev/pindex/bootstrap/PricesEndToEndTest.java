package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Daily prices: the bulk load {@code PUT /prices} (JSON) and each asset's dated pages. */
@ExtendWith(SharedService.class)
class PricesEndToEndTest {

  private static final String PRICES = "/api/v1/prices";
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  private final RunningService service;
  private final Api api;

  PricesEndToEndTest(RunningService service) {
    this.service = service;
    this.api = service.api();
  }

  @Test
  void a_load_inserts_new_rows_and_updates_stored_ones_and_counts_each_exactly() {
    String symbol = service.newAsset("UPS", null);
    JsonNode first =
        load(row(symbol, DAY, "10.5", 100), row(symbol, DAY.plusDays(1), "11", 200)).expect(200);
    assertCounts(first, 2, 2, 0);

    JsonNode second =
        load(
                row(symbol, DAY.plusDays(1), "11.25", 250),
                row(symbol.toLowerCase(), DAY.plusDays(2), "12.125", 300),
                row(symbol, DAY, "10.75", 150))
            .expect(200);
    assertCounts(second, 3, 1, 2);

    assertThat(stored(symbol))
        .containsExactly(
            price(DAY, "10.75", 150),
            price(DAY.plusDays(1), "11.25", 250),
            price(DAY.plusDays(2), "12.125", 300));
  }

  @Test
  void prices_come_back_with_the_exact_decimals_that_were_loaded() {
    String symbol = service.newAsset("DEC", null);
    load(row(symbol, DAY, "1234567.123456", 0), row(symbol, DAY.plusDays(1), "0.000001", 1))
        .expect(200);
    JsonNode items = api.get(pricesOf(symbol)).expect(200).path("items");
    assertThat(items.get(0).path("close").decimalValue())
        .isEqualTo(new BigDecimal("1234567.123456"));
    assertThat(items.get(1).path("close").decimalValue()).isEqualTo(new BigDecimal("0.000001"));
    assertThat(items.get(0).path("volume").isIntegralNumber()).isTrue();
  }

  @Test
  void a_body_with_one_bad_row_answers_422_naming_it_and_stores_none_of_the_good_ones() {
    String symbol = service.newAsset("AON", null);
    load(row(symbol, DAY, "10", 100)).expect(200);

    JsonNode problem =
        load(
                row(symbol, DAY, "99", 999), // would update the stored row
                row(symbol, DAY.plusDays(1), "11", 110),
                row(symbol, DAY.plusDays(2), "0", 120), // close must be > 0
                row(symbol, DAY.plusDays(3), "13", 130))
            .problem(422);
    assertThat(Reply.rows(problem)).containsExactly(3L);

    assertThat(stored(symbol)).containsExactly(price(DAY, "10", 100));
  }

  @Test
  void every_kind_of_bad_row_is_listed_by_its_number_and_nothing_is_stored() {
    String symbol = service.newAsset("BAD", null);
    JsonNode problem =
        api.put(
                PRICES,
                "["
                    + row(symbol, DAY, "10", 100)
                    + ","
                    + row(symbol, DAY.plusDays(1), "10", -1) // negative volume
                    + ",{\"symbol\":\"%s\",\"date\":\"2024-02-30\",\"close\":1,\"volume\":1}"
                        .formatted(symbol) // no such day
                    + ","
                    + row(symbol, DAY, "12", 120) // repeats row 1's symbol and date
                    + ",{\"symbol\":\"%s\",\"date\":\"2024-04-01\",\"close\":\"1\",\"volume\":1}"
                        .formatted(symbol) // a number given as a string
                    + ",{\"symbol\":\"%s\",\"date\":\"2024-04-02\",\"volume\":1}"
                        .formatted(symbol) // close missing
                    + ",{\"symbol\":\"%s\",\"date\":\"0000-12-31\",\"close\":1,\"volume\":1}"
                        .formatted(symbol) // no year 0 in the calendar PostgreSQL keeps
                    + "]",
                admin())
            .problem(422);
    assertThat(Reply.rows(problem)).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(stored(symbol)).isEmpty();
  }

  @Test
  void an_unknown_symbol_in_the_body_answers_422_naming_its_row_and_stores_nothing() {
    String symbol = service.newAsset("KNOWN", null);
    String unknown = RunningService.unique("UNKNOWN");
    JsonNode problem =
        load(
                row(symbol, DAY, "10", 100),
                row(unknown, DAY, "10", 100),
                row(symbol, DAY.plusDays(1), "11", 110))
            .problem(422);
    assertThat(Reply.rows(problem)).containsExactly(2L);
    assertThat(problem.at("/errors/0/message").asText()).contains(unknown);
    assertThat(stored(symbol)).isEmpty();
    api.get(pricesOf(unknown)).problem(404);
  }

  @Test
  void a_broken_body_or_one_that_is_not_an_array_answers_400_and_stores_nothing() {
    String symbol = service.newAsset("BROKEN", null);
    api.put(PRICES, "[" + row(symbol, DAY, "10", 100) + ",{\"symbol\":", admin()).problem(400);
    api.put(PRICES, row(symbol, DAY, "10", 100), admin()).problem(400);
    api.put(PRICES, "[" + row(symbol, DAY, "10", 100) + "] []", admin()).problem(400);
    assertThat(stored(symbol)).isEmpty();
  }

  @Test
  void a_range_is_inclusive_and_following_next_cursor_reaches_every_day_once_in_order() {
    String symbol = service.newAsset("PAGE", null);
    List<String> rows =
        IntStream.range(0, 12)
            .mapToObj(i -> row(symbol, DAY.plusDays(i), "1" + i, i))
            .collect(Collectors.toList());
    Collections.shuffle(rows, new Random(7));
    assertCounts(load(rows.toArray(String[]::new)).expect(200), 12, 12, 0);

    LocalDate from = DAY.plusDays(1);
    LocalDate to = DAY.plusDays(10);
    List<String> dates = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          api.get(
                  pricesOf(symbol)
                      + "?from="
                      + from
                      + "&to="
                      + to
                      + "&limit=4"
                      + (cursor == null ? "" : "&cursor=" + Api.encode(cursor)))
              .expect(200);
      page.path("items").forEach(price -> dates.add(price.path("date").asText()));
      cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
      pages++;
    } while (cursor != null && pages < 10);

    assertThat(dates)
        .containsExactlyElementsOf(
            IntStream.rangeClosed(1, 10).mapToObj(i -> DAY.plusDays(i).toString()).toList());
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void bad_range_limit_or_cursor_values_answer_400_naming_the_parameter() {
    String symbol = service.newAsset("Q", null);
    load(row(symbol, DAY, "1", 1), row(symbol, DAY.plusDays(1), "2", 2)).expect(200);
    String cursor = api.get(pricesOf(symbol) + "?limit=1").expect(200).path("next_cursor").asText();
    api.get(pricesOf(symbol) + "?limit=1&cursor=" + Api.encode(cursor)).expect(200);

    assertThat(fieldsOf(pricesOf(symbol) + "?from=2024-13-01")).containsExactly("from");
    assertThat(fieldsOf(pricesOf(symbol) + "?from=2024-03-02&to=2024-03-01")).isNotEmpty();
    assertThat(fieldsOf(pricesOf(symbol) + "?limit=10001")).containsExactly("limit");
    assertThat(fieldsOf(pricesOf(symbol) + "?limit=-1")).containsExactly("limit");
    assertThat(fieldsOf(pricesOf(symbol) + "?cursor=" + Api.encode(flipped(cursor))))
        .containsExactly("cursor");
    assertThat(fieldsOf(pricesOf(symbol) + "?form=2024-01-01")).containsExactly("form");
  }

  @Test
  void prices_of_an_unknown_symbol_answer_404() {
    api.get(pricesOf(RunningService.unique("NOPRICE"))).problem(404);
  }

  /**
   * Several clients load overlapping rows at once. Every load answers 200, the inserted counts add
   * up to the distinct rows exactly, and each stored row is one whole submitted version: its close
   * and its volume come from the same load.
   */
  @Test
  void concurrent_overlapping_loads_all_succeed_and_leave_no_torn_rows() {
    List<String> symbols =
        List.of(service.newAsset("RACEA", null), service.newAsset("RACEB", null));
    int clients = 6;
    int rounds = 3;
    int daysPerLoad = 60;
    int shift = 10;
    List<List<Reply>> replies =
        Concurrently.run(
            clients,
            client -> {
              List<Reply> loads = new ArrayList<>();
              for (int round = 0; round < rounds; round++) {
                int version = client * rounds + round + 1;
                List<String> rows = new ArrayList<>();
                for (int day = client * shift; day < client * shift + daysPerLoad; day++) {
                  for (String symbol : symbols) {
                    rows.add(versioned(symbol, day, version));
                  }
                }
                Collections.shuffle(rows, new Random(version));
                loads.add(api.put(PRICES, "[" + String.join(",", rows) + "]", admin()));
              }
              return loads;
            });

    long inserted = 0;
    for (List<Reply> loads : replies) {
      for (Reply reply : loads) {
        JsonNode counts = reply.expect(200);
        assertThat(counts.path("received").asLong()).isEqualTo(daysPerLoad * symbols.size());
        assertThat(counts.path("inserted").asLong() + counts.path("updated").asLong())
            .isEqualTo(counts.path("received").asLong());
        inserted += counts.path("inserted").asLong();
      }
    }
    int distinctDays = (clients - 1) * shift + daysPerLoad;
    assertThat(inserted).isEqualTo((long) distinctDays * symbols.size());

    for (String symbol : symbols) {
      JsonNode items = api.get(pricesOf(symbol) + "?limit=10000").expect(200).path("items");
      assertThat(items).hasSize(distinctDays);
      for (JsonNode price : items) {
        long volume = price.path("volume").asLong();
        int version = (int) (volume / 1_000_000);
        int day = (int) (volume % 1_000_000);
        assertThat(version).isBetween(1, clients * rounds);
        assertThat(price.path("date").asText()).isEqualTo(DAY.plusDays(day).toString());
        assertThat(price.path("close").decimalValue())
            .as("close of %s on %s beside volume %d", symbol, price.path("date"), volume)
            .isEqualByComparingTo(close(version, day));
      }
    }
  }

  /** Version {@code v} of day {@code d}: close {@code v.00000d}, volume {@code v * 10^6 + d}. */
  private static String versioned(String symbol, int day, int version) {
    return row(
        symbol, DAY.plusDays(day), close(version, day).toPlainString(), version * 1_000_000L + day);
  }

  private static BigDecimal close(int version, int day) {
    return new BigDecimal(version).add(new BigDecimal(day).movePointLeft(6));
  }

  private Reply load(String... rows) {
    return api.put(PRICES, "[" + String.join(",", rows) + "]", admin());
  }

  private List<String> fieldsOf(String path) {
    return Reply.fields(api.get(path).problem(400));
  }

  /** The stored prices of a symbol as "date close volume", closes without trailing zeros. */
  private List<String> stored(String symbol) {
    List<String> prices = new ArrayList<>();
    api.get(pricesOf(symbol))
        .expect(200)
        .path("items")
        .forEach(
            p ->
                prices.add(
                    price(
                        LocalDate.parse(p.path("date").asText()),
                        p.path("close").decimalValue().toPlainString(),
                        p.path("volume").asLong())));
    return prices;
  }

  private static String price(LocalDate date, String close, long volume) {
    return date + " " + new BigDecimal(close).stripTrailingZeros().toPlainString() + " " + volume;
  }

  static String row(String symbol, LocalDate date, String close, long volume) {
    return "{\"symbol\":\"%s\",\"date\":\"%s\",\"close\":%s,\"volume\":%d}"
        .formatted(symbol, date, close, volume);
  }

  static String pricesOf(String symbol) {
    return "/api/v1/assets/" + symbol + "/prices";
  }

  static void assertCounts(JsonNode counts, long received, long inserted, long updated) {
    assertThat(counts.path("received").asLong()).as("received").isEqualTo(received);
    assertThat(counts.path("inserted").asLong()).as("inserted").isEqualTo(inserted);
    assertThat(counts.path("updated").asLong()).as("updated").isEqualTo(updated);
  }

  /** A cursor with one character of its signature changed. */
  static String flipped(String cursor) {
    int at = cursor.indexOf('.') + 3;
    char replacement = cursor.charAt(at) == 'A' ? 'B' : 'A';
    return cursor.substring(0, at) + replacement + cursor.substring(at + 1);
  }

  private String[] admin() {
    return Api.bearer(service.adminToken());
  }
}
