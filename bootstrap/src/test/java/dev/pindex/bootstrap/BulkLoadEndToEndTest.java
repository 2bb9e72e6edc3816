package dev.pindex.bootstrap;

import static dev.pindex.bootstrap.BulkLoadClient.CSV;
import static dev.pindex.bootstrap.BulkLoadClient.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk price loads through the whole application over HTTP, on its embedded PostgreSQL: counts, all
 * or nothing in both formats, overlapping loads at once, and each route's body limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkLoadEndToEndTest {

  private static final int MAX_BODY_BYTES = 4 * 1024;
  private static final int MAX_BULK_BODY_BYTES = 256 * 1024;
  private static final String ADMIN_EMAIL = "bulk-admin@example.com";
  private static final String ADMIN_PASSWORD = "bulk-admin-password";
  private static final LocalDate DAY = LocalDate.of(2026, 1, 5);
  private static final String HEADER = "symbol,date,close,volume\n";

  @TempDir static Path dataDir;
  private Application app;
  private BulkLoadClient admin;
  private final AtomicInteger assets = new AtomicInteger();

  @BeforeAll
  void start() {
    app =
        Application.start(
            AppConfig.from(
                Map.of(
                    "PORT",
                    "0",
                    "ADMIN_PORT",
                    "0",
                    "PINDEX_DATA_DIR",
                    dataDir.toString(),
                    "ADMIN_EMAIL",
                    ADMIN_EMAIL,
                    "ADMIN_PASSWORD",
                    ADMIN_PASSWORD,
                    "HTTP_MAX_BODY_BYTES",
                    Integer.toString(MAX_BODY_BYTES),
                    "HTTP_MAX_BULK_BODY_BYTES",
                    Integer.toString(MAX_BULK_BODY_BYTES))));
    admin = BulkLoadClient.signIn(app.port(), ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  @AfterAll
  void stop() {
    app.close();
  }

  /** A new asset of the test's own. */
  private String asset() {
    String symbol = "E2E" + assets.incrementAndGet();
    assertThat(admin.createAsset(symbol).statusCode()).isEqualTo(201);
    return symbol;
  }

  private static String line(String symbol, int day, String close, long volume) {
    return symbol + "," + DAY.plusDays(day) + "," + close + "," + volume + "\n";
  }

  private static String jsonRow(String symbol, int day, String close, long volume) {
    return "{\"symbol\":\"%s\",\"date\":\"%s\",\"close\":%s,\"volume\":%d}"
        .formatted(symbol, DAY.plusDays(day), close, volume);
  }

  /** The stored prices as "date close volume" lines, decimals compared by value. */
  private List<String> stored(String symbol) {
    return admin.prices(symbol).stream()
        .map(
            price ->
                price.get("date").asText()
                    + " "
                    + price.get("close").decimalValue().stripTrailingZeros().toPlainString()
                    + " "
                    + price.get("volume").asLong())
        .toList();
  }

  @Test
  void a_csv_load_inserts_new_rows_then_updates_stored_ones_and_counts_each_exactly() {
    String a = asset();
    String b = asset();
    var first =
        admin.put(
            "/api/v1/prices",
            CSV,
            HEADER
                + line(a, 0, "10", 1)
                + line(a, 1, "11", 1)
                + line(a, 2, "12", 1)
                + line(b, 0, "20", 2));
    var second =
        admin.put(
            "/api/v1/prices",
            CSV,
            HEADER
                + line(a, 1, "11.5", 5)
                + line(a, 3, "13", 1)
                + line(b, 0, "20.25", 6)
                + line(b, 1, "21", 2));

    assertThat(first.body()).isEqualTo("{\"received\":4,\"inserted\":4,\"updated\":0}");
    assertThat(second.body()).isEqualTo("{\"received\":4,\"inserted\":2,\"updated\":2}");
    assertThat(stored(a))
        .containsExactly(
            DAY + " 10 1",
            DAY.plusDays(1) + " 11.5 5",
            DAY.plusDays(2) + " 12 1",
            DAY.plusDays(3) + " 13 1");
    assertThat(stored(b)).containsExactly(DAY + " 20.25 6", DAY.plusDays(1) + " 21 2");
  }

  @Test
  void any_bad_csv_row_refuses_the_whole_body_with_422_naming_its_line_and_stores_nothing() {
    String a = asset();
    admin.put("/api/v1/prices", CSV, HEADER + line(a, 0, "10", 1));
    List<String> before = stored(a);
    String[] badLines = {
      line("NOSUCH" + a, 2, "1", 1),
      a + ",2026-02-30,1,1\n",
      line(a, 2, "1.5x", 1),
      line(a, 2, "0", 1),
      line(a, 2, "1", -1),
      line(a, 1, "2", 2)
    };

    for (String bad : badLines) {
      var answer =
          admin.put(
              "/api/v1/prices", CSV, HEADER + line(a, 0, "99", 9) + line(a, 1, "98", 8) + bad);

      assertThat(answer.statusCode()).as(bad).isEqualTo(422);
      JsonNode errors = BulkLoadClient.json(answer).get("errors");
      assertThat(errors).as(bad).hasSize(1);
      assertThat(errors.get(0).get("row").asLong()).as(bad).isEqualTo(3);
      assertThat(stored(a)).as(bad).isEqualTo(before);
    }
  }

  @Test
  void any_bad_json_row_refuses_the_whole_body_with_422_naming_it_and_stores_nothing() {
    String a = asset();
    admin.put("/api/v1/prices", JSON, "[" + jsonRow(a, 0, "10", 1) + "]");
    List<String> before = stored(a);
    String[] badRows = {
      jsonRow("NOSUCH" + a, 2, "1", 1),
      jsonRow(a, 2, "1", 1).replace(DAY.plusDays(2).toString(), "2026-02-30"),
      jsonRow(a, 2, "\"1.5\"", 1),
      jsonRow(a, 2, "0", 1),
      jsonRow(a, 2, "1", -1),
      jsonRow(a, 1, "2", 2)
    };

    for (String bad : badRows) {
      var answer =
          admin.put(
              "/api/v1/prices",
              JSON,
              "[" + jsonRow(a, 0, "99", 9) + "," + jsonRow(a, 1, "98", 8) + "," + bad + "]");

      assertThat(answer.statusCode()).as(bad).isEqualTo(422);
      JsonNode errors = BulkLoadClient.json(answer).get("errors");
      assertThat(errors).as(bad).hasSize(1);
      assertThat(errors.get(0).get("row").asLong()).as(bad).isEqualTo(3);
      assertThat(stored(a)).as(bad).isEqualTo(before);
    }
  }

  @Test
  void overlapping_csv_loads_at_once_all_answer_200_and_leave_each_row_from_one_of_them()
      throws Exception {
    List<String> symbols = List.of(asset(), asset());
    int loads = 4;
    int days = 400;
    ExecutorService clients = Executors.newFixedThreadPool(loads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int load = 1; load <= loads; load++) {
        // every load writes the same keys, in an order of its own, its number as the values
        List<String> lines = new ArrayList<>();
        for (String symbol : symbols) {
          for (int day = 0; day < days; day++) {
            lines.add(line(symbol, day, Integer.toString(load), load));
          }
        }
        Collections.shuffle(lines, new Random(load));
        String body = HEADER + String.join("", lines);
        answers.add(
            clients.submit(
                () -> {
                  start.await();
                  return admin.put("/api/v1/prices", CSV, body);
                }));
      }
      start.countDown();

      long inserted = 0;
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get(2, TimeUnit.MINUTES);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode counts = BulkLoadClient.json(response);
        assertThat(counts.get("inserted").asLong() + counts.get("updated").asLong())
            .isEqualTo(2L * days);
        inserted += counts.get("inserted").asLong();
      }
      assertThat(inserted).isEqualTo(2L * days);
      for (String symbol : symbols) {
        assertThat(admin.prices(symbol))
            .hasSize(days)
            .allSatisfy(
                price -> {
                  assertThat(price.get("volume").asLong()).isBetween(1L, (long) loads);
                  assertThat(price.get("close").asLong()).isEqualTo(price.get("volume").asLong());
                });
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void a_body_past_its_routes_limit_answers_413_and_a_bulk_body_may_pass_the_small_limit() {
    String a = asset();
    String bulkBody = csvOf(a, 2 * MAX_BODY_BYTES);
    String tooLargeBulkBody = csvOf(a, MAX_BULK_BODY_BYTES + 16 * 1024);
    byte[] tooLargeBytes = tooLargeBulkBody.getBytes(StandardCharsets.UTF_8);

    var asset =
        admin.post(
            "/api/v1/assets", "{\"symbol\":\"X\",\"name\":\"" + "x".repeat(MAX_BODY_BYTES) + "\"}");
    var declared = admin.put("/api/v1/prices", CSV, tooLargeBulkBody);
    var streamed =
        admin.putStreamed("/api/v1/prices", CSV, () -> new ByteArrayInputStream(tooLargeBytes));

    assertThat(asset.statusCode()).isEqualTo(413);
    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(streamed.statusCode()).isEqualTo(413);
    assertThat(stored(a)).isEmpty();
    var withinBulkLimit = admin.put("/api/v1/prices", CSV, bulkBody);
    assertThat(withinBulkLimit.statusCode()).as(withinBulkLimit.body()).isEqualTo(200);
    assertThat(stored(a)).isNotEmpty();
  }

  /** A CSV body of one asset's consecutive days, at least {@code bytes} long. */
  private static String csvOf(String symbol, int bytes) {
    StringBuilder body = new StringBuilder(HEADER);
    for (int day = 0; body.length() < bytes; day++) {
      body.append(line(symbol, day, "1.5", day));
    }
    return body.toString();
  }
}
