package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The limiter's clock is driven by hand; each test uses its own limiter and its own e-mails. The
 * limiter needs a request for the client address, so calls go through a tiny route.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginAttemptsTest {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final LoginAttempts attempts =
      new LoginAttempts(new LoginLimits(2, 3, Duration.ofMinutes(15), true), nanos::get);
  private TestServer server;

  @BeforeAll
  void start() {
    // the route reports a failure for "fail" and a success for "ok"
    JavalinRoutes route =
        routes ->
            routes.post(
                "/attempt",
                ctx -> {
                  var attempt = attempts.begin(ctx, ctx.queryParam("email"));
                  if ("fail".equals(ctx.queryParam("outcome"))) {
                    attempt.failed();
                  } else {
                    attempt.succeeded();
                  }
                  ctx.result("counted");
                });
    server = TestServer.start(route);
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @Test
  void past_the_limit_for_an_account_from_an_address_attempts_are_refused_until_the_window_ends() {
    fail("a@example.com", "10.0.0.1");
    advance(Duration.ofMinutes(5));
    fail("A@Example.com ", "10.0.0.1");

    assertRefused("a@example.com", "10.0.0.1", Duration.ofMinutes(10));
    advance(Duration.ofMinutes(10));
    assertThat(attempt("a@example.com", "10.0.0.1", "ok")).isEqualTo(200);
  }

  @Test
  void the_same_account_from_another_address_may_still_try() {
    fail("b@example.com", "10.0.0.2");
    fail("b@example.com", "10.0.0.2");

    assertThat(attempt("b@example.com", "10.0.0.3", "fail")).isEqualTo(200);
  }

  @Test
  void past_the_limit_for_an_address_every_account_is_refused_from_it() {
    fail("c1@example.com", "10.0.0.4");
    fail("c2@example.com", "10.0.0.4");
    fail("c3@example.com", "10.0.0.4");

    assertRefused("c4@example.com", "10.0.0.4", Duration.ofMinutes(15));
  }

  @Test
  void a_success_forgets_the_accounts_failures_from_that_address() {
    fail("d@example.com", "10.0.0.5");
    attempt("d@example.com", "10.0.0.5", "ok");
    fail("d@example.com", "10.0.0.5");

    assertThat(attempt("d@example.com", "10.0.0.5", "fail")).isEqualTo(200);
  }

  @Test
  void limits_must_allow_an_attempt_and_last_a_second() {
    assertThatThrownBy(() -> new LoginLimits(0, 1, Duration.ofMinutes(1), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LoginLimits(1, 1, Duration.ZERO, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void fail(String email, String address) {
    assertThat(attempt(email, address, "fail")).isEqualTo(200);
  }

  private int attempt(String email, String address, String outcome) {
    return server
        .http()
        .post(
            "/attempt?email=" + email.replace(" ", "%20") + "&outcome=" + outcome,
            "",
            "X-Forwarded-For",
            "203.0.113.9, " + address)
        .statusCode();
  }

  private void assertRefused(String email, String address, Duration retryAfter) {
    var response =
        server
            .http()
            .post(
                "/attempt?email=" + email + "&outcome=ok",
                "",
                "X-Forwarded-For",
                "203.0.113.9, " + address);
    Problems.assertProblem(response, 429, "too-many-requests");
    assertThat(response.headers().firstValue("Retry-After"))
        .hasValue(Long.toString(retryAfter.toSeconds()));
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }
}
