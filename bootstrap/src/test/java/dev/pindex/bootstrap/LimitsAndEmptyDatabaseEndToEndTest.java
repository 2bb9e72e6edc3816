package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second instance, on its own new database, with a small body limit and a tight per-address login
 * limit: what the shared instance cannot show without getting in the other tests' way.
 */
class LimitsAndEmptyDatabaseEndToEndTest {

  private static final int MAX_BODY_BYTES = 2048;
  private static final int MAX_FAILURES_PER_ADDRESS = 2;
  private static final LocalDate DAY = LocalDate.of(2024, 5, 2);

  private static RunningService service;
  private static Api api;
  private static String adminToken;

  @BeforeAll
  static void start() {
    service =
        RunningService.start(
            Map.of(
                "HTTP_MAX_BODY_BYTES", Integer.toString(MAX_BODY_BYTES),
                // bulk loads have a limit of their own: both small here
                "HTTP_MAX_BULK_BODY_BYTES", Integer.toString(MAX_BODY_BYTES),
                "LOGIN_MAX_FAILURES_PER_ADDRESS", Integer.toString(MAX_FAILURES_PER_ADDRESS)));
    api = service.api();
    // logged in before any test spends this address's failed logins
    adminToken = service.adminToken();
  }

  @AfterAll
  static void stop() {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void a_body_declared_larger_than_the_limit_answers_413_and_stores_nothing() {
    String email = RunningService.unique("big").toLowerCase() + "@e2e.pindex.test";
    String padded = "x".repeat(MAX_BODY_BYTES);
    Reply reply =
        api.post(
            "/api/v1/users",
            "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, padded.substring(0, 100))
                + " ".repeat(MAX_BODY_BYTES));
    reply.problem(413);
    // the same account in a body within the limit registers, so nothing of it was stored before
    api.post("/api/v1/users", RunningService.credentials(email, RunningService.PASSWORD))
        .expect(201);
  }

  @Test
  void a_streamed_bulk_body_past_the_limit_answers_413_and_stores_none_of_its_rows() {
    String symbol = service.newAsset("BIG", null);
    String rows = pricesBody(symbol, 40);
    assertThat(rows.length()).isGreaterThan(MAX_BODY_BYTES);
    api.putChunked("/api/v1/prices", rows, Api.bearer(adminToken)).problem(413);
    assertThat(api.get(PricesEndToEndTest.pricesOf(symbol)).expect(200).path("items")).isEmpty();

    String fewer = pricesBody(symbol, 5);
    assertThat(fewer.length()).isLessThan(MAX_BODY_BYTES);
    PricesEndToEndTest.assertCounts(
        api.putChunked("/api/v1/prices", fewer, Api.bearer(adminToken)).expect(200), 5, 5, 0);
  }

  @Test
  void failed_logins_over_several_accounts_from_one_address_answer_429_with_retry_after() {
    for (int i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      String email = RunningService.unique("spray").toLowerCase() + "@e2e.pindex.test";
      api.post("/api/v1/auth/token", RunningService.credentials(email, "guessed password"))
          .problem(401);
    }
    Reply refused =
        api.post(
            "/api/v1/auth/token",
            RunningService.credentials(RunningService.ADMIN_EMAIL, RunningService.ADMIN_PASSWORD));
    refused.problem(429);
    assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isPositive();
    // tokens issued before still work: the limit is on logins only
    api.get("/api/v1/users/me", Api.bearer(adminToken)).expect(200);
  }

  @Test
  void a_new_database_has_no_allocation_and_no_latest_risk_figures_and_empty_series() {
    api.get("/api/v1/allocations").problem(404);
    api.get("/api/v1/allocations?date=2024-01-01").problem(404);
    api.get("/api/v1/risk-metrics/latest").problem(404);
    JsonNode page = api.get("/api/v1/risk-metrics").expect(200);
    assertThat(page.path("items")).isEmpty();
    assertThat(page.path("next_cursor").isNull()).isTrue();
    assertThat(api.get("/api/v1/index-values").expect(200).path("items")).isEmpty();
  }

  private static String pricesBody(String symbol, int rows) {
    return IntStream.range(0, rows)
        .mapToObj(i -> PricesEndToEndTest.row(symbol, DAY.plusDays(i), "10." + i, 1000 + i))
        .collect(Collectors.joining(",", "[", "]"));
  }
}
