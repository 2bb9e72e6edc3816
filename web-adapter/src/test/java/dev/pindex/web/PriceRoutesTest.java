package dev.pindex.web;

import static dev.pindex.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.in.ListPricesQuery;
import dev.pindex.domain.port.in.PricesUseCase;
import dev.pindex.domain.port.in.UpsertCommand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PriceRoutesTest {

  private static final LocalDate DAY_1 = LocalDate.of(2026, 11, 2);

  private final FakePrices prices = new FakePrices();
  private TestServer server;
  private HttpProbe http;

  @BeforeAll
  void start() {
    server =
        TestServer.start(
            new JavalinPriceRoutes(prices, TestTokens.AUTHENTICATOR, TestTokens.CURSORS));
    http = server.http();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    prices.stored.clear();
    prices.loaded.clear();
    Map<LocalDate, Price> aapl = new TreeMap<>();
    for (int day = 0; day < 5; day++) {
      aapl.put(
          DAY_1.plusDays(day),
          new Price(DAY_1.plusDays(day), new BigDecimal("101.500000"), 1000 + day));
    }
    prices.stored.put(new Symbol("AAPL"), aapl);
  }

  @Test
  void list_answers_prices_by_date_with_exact_decimals() {
    var response = http.get("/api/v1/assets/AAPL/prices?limit=2");
    var body = HttpProbe.json(response);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.at("/items/0/date").asText()).isEqualTo("2026-11-02");
    assertThat(body.at("/items/0/volume").asLong()).isEqualTo(1000);
    assertThat(response.body()).contains("\"close\":101.5,");
    assertThat(body.get("next_cursor").isTextual()).isTrue();
  }

  @Test
  void following_the_cursor_within_a_range_reaches_the_end_with_a_null_cursor() {
    var first = HttpProbe.json(http.get("/api/v1/assets/AAPL/prices?from=2026-11-03&limit=2"));
    var second =
        HttpProbe.json(
            http.get(
                "/api/v1/assets/AAPL/prices?from=2026-11-03&limit=2&cursor="
                    + first.get("next_cursor").asText()));

    assertThat(first.at("/items/0/date").asText()).isEqualTo("2026-11-03");
    assertThat(second.get("items")).hasSize(2);
    assertThat(second.at("/items/1/date").asText()).isEqualTo("2026-11-06");
    assertThat(second.get("next_cursor").isNull()).isTrue();
  }

  @Test
  void prices_allow_up_to_10000_per_page_and_default_to_1000() {
    http.get("/api/v1/assets/AAPL/prices");
    assertThat(prices.lastQuery.limit().value()).isEqualTo(1000);

    assertThat(http.get("/api/v1/assets/AAPL/prices?limit=10000").statusCode()).isEqualTo(200);
    assertProblem(http.get("/api/v1/assets/AAPL/prices?limit=10001"), 400, "bad-request");
  }

  @Test
  void malformed_or_reversed_dates_answer_400_naming_the_parameter() {
    assertThat(
            Problems.fields(
                assertProblem(
                    http.get("/api/v1/assets/AAPL/prices?from=2026-13-01"), 400, "bad-request")))
        .containsExactly("from");
    assertThat(
            Problems.fields(
                assertProblem(
                    http.get("/api/v1/assets/AAPL/prices?to=yesterday"), 400, "bad-request")))
        .containsExactly("to");
    assertProblem(
        http.get("/api/v1/assets/AAPL/prices?from=2026-11-05&to=2026-11-01"), 400, "bad-request");
  }

  @Test
  void a_forged_price_cursor_answers_400() {
    String cursor =
        HttpProbe.json(http.get("/api/v1/assets/AAPL/prices?limit=1")).get("next_cursor").asText();

    assertProblem(
        http.get(
            "/api/v1/assets/AAPL/prices?cursor=" + TestCursors.withPayload(cursor, "2027-01-01")),
        400,
        "bad-request");
  }

  @Test
  void list_of_an_unknown_symbol_answers_404() {
    assertProblem(http.get("/api/v1/assets/ZZZ/prices"), 404, "not-found");
  }

  @Test
  void a_bulk_load_streams_rows_into_the_use_case_and_answers_its_counts() {
    var response =
        http.put(
            "/api/v1/prices",
            "[{\"symbol\":\"aapl\",\"date\":\"2026-11-02\",\"close\":102.123456,\"volume\":5},"
                + "{\"symbol\":\"MSFT\",\"date\":\"2026-11-02\",\"close\":1E+2,\"volume\":0}]",
            TestTokens.asAdmin());
    var body = HttpProbe.json(response);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.get("received").asLong()).isEqualTo(2);
    assertThat(body.get("inserted").asLong()).isEqualTo(1);
    assertThat(body.get("updated").asLong()).isEqualTo(1);
    assertThat(prices.loaded.get(0).price().close()).isEqualTo(new BigDecimal("102.123456"));
    assertThat(prices.loaded.get(1).price().close()).isEqualByComparingTo("100");
  }

  @Test
  void a_bulk_load_with_bad_rows_answers_422_listing_them_by_number() {
    var problem =
        assertProblem(
            http.put(
                "/api/v1/prices",
                "[{\"symbol\":\"AAPL\",\"date\":\"2026-11-02\",\"close\":1,\"volume\":1},"
                    + "{\"symbol\":\"AAPL\",\"date\":\"2026-11-03\",\"close\":-1,\"volume\":1},"
                    + "{\"symbol\":\"AAPL\",\"date\":\"2026-11-04\",\"close\":1,\"volume\":-7},"
                    + "{\"symbol\":\"AAPL\",\"date\":\"2026-11-05\",\"close\":\"1\",\"volume\":1}]",
                TestTokens.asAdmin()),
            422,
            "validation-failed");

    assertThat(problem.get("errors")).hasSize(3);
    assertThat(problem.at("/errors/0/row").asLong()).isEqualTo(2);
    assertThat(problem.at("/errors/0/message").asText()).isEqualTo("close must be greater than 0");
    assertThat(problem.at("/errors/1/row").asLong()).isEqualTo(3);
    assertThat(problem.at("/errors/1/message").asText()).isEqualTo("volume must not be negative");
    assertThat(problem.at("/errors/2/row").asLong()).isEqualTo(4);
    assertThat(problem.at("/errors/2/message").asText()).isEqualTo("close must be a number");
    assertThat(problem.at("/errors/0/field").isMissingNode()).isTrue();
  }

  @Test
  void a_csv_bulk_load_streams_rows_into_the_use_case_and_answers_its_counts() {
    var response =
        http.withBody(
            "PUT",
            "/api/v1/prices",
            "symbol,date,close,volume\r\naapl,2026-11-02,102.123456,5\r\nMSFT,2026-11-02,100,0\r\n",
            "text/csv; charset=utf-8",
            TestTokens.asAdmin());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"received\":2,\"inserted\":1,\"updated\":1}");
    assertThat(prices.loaded.get(0).symbol().value()).isEqualTo("AAPL");
    assertThat(prices.loaded.get(0).price().close()).isEqualTo(new BigDecimal("102.123456"));
  }

  @Test
  void a_csv_bulk_load_with_bad_lines_answers_422_numbering_rows_after_the_header() {
    var problem =
        assertProblem(
            http.putChunked(
                "/api/v1/prices",
                "symbol,date,close,volume\n"
                    + "AAPL,2026-11-02,1,1\n"
                    + "AAPL,2026-11-03,-1,1\n"
                    + "AAPL,2026-11-04,1\n"
                    + "AAPL,2026-13-01,1,1\n",
                HttpProbe.CSV,
                TestTokens.asAdmin()),
            422,
            "validation-failed");

    assertThat(problem.get("errors")).hasSize(3);
    assertThat(problem.at("/errors/0/row").asLong()).isEqualTo(2);
    assertThat(problem.at("/errors/0/message").asText()).isEqualTo("close must be greater than 0");
    assertThat(problem.at("/errors/1/row").asLong()).isEqualTo(3);
    assertThat(problem.at("/errors/1/message").asText())
        .isEqualTo("has 3 fields where the header has 4");
    assertThat(problem.at("/errors/2/row").asLong()).isEqualTo(4);
    assertThat(prices.loaded).isEmpty();
  }

  @Test
  void a_csv_body_without_the_header_or_with_an_open_quote_answers_400() {
    var noHeader =
        assertProblem(
            http.withBody(
                "PUT",
                "/api/v1/prices",
                "AAPL,2026-11-02,1,1\n",
                HttpProbe.CSV,
                TestTokens.asAdmin()),
            400,
            "malformed-body");
    assertProblem(
        http.withBody(
            "PUT",
            "/api/v1/prices",
            "symbol,date,close,volume\n\"AAPL,2026-11-02,1,1\n",
            HttpProbe.CSV,
            TestTokens.asAdmin()),
        400,
        "malformed-body");

    assertThat(noHeader.get("detail").asText())
        .isEqualTo("The CSV body must start with the header symbol,date,close,volume.");
    assertThat(prices.loaded).isEmpty();
  }

  @Test
  void a_streamed_csv_body_past_the_bulk_limit_answers_413_and_loads_nothing() {
    String row = "AAPL,2026-11-02,1,1\n";
    String body =
        "symbol,date,close,volume\n"
            + row.repeat((int) (TestServer.MAX_BULK_BODY_BYTES / row.length()) + 10);

    assertProblem(
        http.putChunked("/api/v1/prices", body, HttpProbe.CSV, TestTokens.asAdmin()),
        413,
        "content-too-large");
    assertThat(prices.loaded).isEmpty();
  }

  @Test
  void a_bulk_body_that_is_broken_or_not_an_array_answers_400() {
    assertProblem(
        http.put("/api/v1/prices", "[{\"symbol\":\"AAPL\",", TestTokens.asAdmin()),
        400,
        "malformed-body");
    assertProblem(
        http.put("/api/v1/prices", "{\"symbol\":\"AAPL\"}", TestTokens.asAdmin()),
        400,
        "malformed-body");
    assertProblem(
        http.put("/api/v1/prices", "[] trailing", TestTokens.asAdmin()), 400, "malformed-body");
  }

  @Test
  void a_bulk_body_in_an_unsupported_format_answers_415() {
    var problem =
        assertProblem(
            http.withBody(
                "PUT",
                "/api/v1/prices",
                "symbol,date,close,volume\n",
                "text/plain",
                TestTokens.asAdmin()),
            415,
            "unsupported-media-type");
    assertThat(problem.get("detail").asText())
        .isEqualTo("Bulk bodies are read as application/json or text/csv.");
  }

  /** A JSON array of distinct price rows at least {@code bytes} long. */
  private static String jsonRowsOf(long bytes) {
    String row = "{\"symbol\":\"AAPL\",\"date\":\"%s\",\"close\":1,\"volume\":1}";
    int rows = (int) (bytes / row.length()) + 10;
    return IntStream.range(0, rows)
        .mapToObj(i -> row.formatted(DAY_1.plusDays(i)))
        .collect(Collectors.joining(",", "[", "]"));
  }

  @Test
  void a_bulk_body_larger_than_the_small_limit_loads_within_the_bulk_limit() {
    String body = jsonRowsOf(2 * TestServer.MAX_BODY_BYTES);

    assertThat(http.put("/api/v1/prices", body, TestTokens.asAdmin()).statusCode()).isEqualTo(200);
    assertThat(http.putChunked("/api/v1/prices", body, TestTokens.asAdmin()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void a_bulk_body_declared_past_the_bulk_limit_answers_413() throws java.io.IOException {
    // only the headers are sent: the server answers from the declared length, and a client still
    // writing a body the server refused could lose the answer to the closed connection
    String[] auth = TestTokens.asAdmin();
    String request =
        "PUT /api/v1/prices HTTP/1.1\r\nHost: localhost\r\n"
            + auth[0]
            + ": "
            + auth[1]
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + (TestServer.MAX_BULK_BODY_BYTES + 1)
            + "\r\nConnection: close\r\n\r\n";
    String response;
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      response =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    assertThat(response).startsWith("HTTP/1.1 413").contains("content-too-large");
    assertThat(prices.loaded).isEmpty();
  }

  @Test
  void a_streamed_bulk_body_past_the_bulk_limit_answers_413_and_loads_nothing() {
    var response =
        http.putChunked(
            "/api/v1/prices", jsonRowsOf(TestServer.MAX_BULK_BODY_BYTES), TestTokens.asAdmin());

    assertProblem(response, 413, "content-too-large");
    assertThat(prices.loaded).isEmpty();
  }

  @Test
  void a_streamed_bulk_body_within_the_limit_is_read_whole() {
    var response =
        http.putChunked(
            "/api/v1/prices",
            "[{\"symbol\":\"AAPL\",\"date\":\"2026-11-02\",\"close\":1,\"volume\":1}]",
            TestTokens.asAdmin());

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void a_bulk_load_needs_a_token_and_an_admin() {
    assertProblem(http.put("/api/v1/prices", "[]"), 401, "unauthenticated");
    assertProblem(http.put("/api/v1/prices", "[]", TestTokens.asUser()), 403, "forbidden");
  }

  /** Price series in sorted maps; a load drains its rows like the real use case. */
  static final class FakePrices implements PricesUseCase {

    final Map<Symbol, Map<LocalDate, Price>> stored = new TreeMap<>();
    final List<PriceRow> loaded = new ArrayList<>();
    ListPricesQuery lastQuery;

    @Override
    public Page<Price> list(ListPricesQuery query) {
      lastQuery = query;
      Map<LocalDate, Price> series = stored.get(query.symbol());
      if (series == null) {
        throw new NotFound("No asset with symbol " + query.symbol() + ".");
      }
      List<Price> rows =
          series.values().stream()
              .filter(p -> !p.date().isBefore(query.range().from()))
              .filter(p -> !p.date().isAfter(query.range().to()))
              .filter(p -> query.after().map(after -> p.date().isAfter(after)).orElse(true))
              .limit(query.limit().value() + 1L)
              .toList();
      return Page.fromOverfetch(rows, query.limit().value());
    }

    @Override
    public UpsertCounts upsert(UpsertCommand<PriceRow> command) {
      List<PriceRow> rows = BulkLoads.drain(command);
      loaded.addAll(rows);
      long updated =
          rows.stream()
              .filter(
                  row ->
                      stored.getOrDefault(row.symbol(), Map.of()).containsKey(row.price().date()))
              .count();
      return new UpsertCounts(rows.size(), rows.size() - updated, updated);
    }
  }
}
