package dev.pindex.web;

import static dev.pindex.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.Role;
import dev.pindex.domain.model.Unauthenticated;
import dev.pindex.domain.port.in.AuthenticateUseCase;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenRoutesTest {

  private static final String PASSWORD = "correct horse";

  private final AtomicInteger passwordChecks = new AtomicInteger();
  private final AuthenticateUseCase authentication =
      command -> {
        passwordChecks.incrementAndGet();
        if (!command.email().equalsIgnoreCase("ann@example.com")
            || !command.password().equals(PASSWORD)) {
          throw new Unauthenticated("The e-mail or password is wrong.");
        }
        return TestTokens.user(3, Role.ADMIN);
      };
  private final BearerTokens tokens = new BearerTokens(TestTokens.KEY, Duration.ofMinutes(20));
  private TestServer server;
  private HttpProbe http;

  @BeforeAll
  void start() {
    server =
        TestServer.start(
            new JavalinTokenRoutes(
                authentication,
                tokens,
                new LoginAttempts(new LoginLimits(3, 5, Duration.ofMinutes(15), true))));
    http = server.http();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    // the limiter lives as long as the server: each test logs in from addresses of its own
    passwordChecks.set(0);
  }

  @Test
  void correct_credentials_answer_a_bearer_token_for_the_account() {
    var response = login("ann@example.com", PASSWORD, "10.1.0.1");
    var body = HttpProbe.json(response);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.get("expires_in").asLong()).isEqualTo(1200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(tokens.verify(body.get("access_token").asText()))
        .isEqualTo(new Caller(3, Role.ADMIN));
  }

  @Test
  void an_unknown_email_and_a_wrong_password_answer_the_same_401() {
    var unknown =
        assertProblem(login("bob@example.com", PASSWORD, "10.2.0.1"), 401, "unauthenticated");
    var wrong =
        assertProblem(login("ann@example.com", "guess", "10.2.0.2"), 401, "unauthenticated");

    assertThat(unknown.get("detail")).isEqualTo(wrong.get("detail"));
  }

  @Test
  void incomplete_credentials_answer_422_and_are_not_counted_as_failures() {
    for (int i = 0; i < 5; i++) {
      assertProblem(
          http.post("/api/v1/auth/token", "{\"email\":\"ann@example.com\"}", from("10.3.0.1")),
          422,
          "validation-failed");
    }
    assertThat(passwordChecks).hasValue(0);
    assertThat(login("ann@example.com", PASSWORD, "10.3.0.1").statusCode()).isEqualTo(200);
  }

  @Test
  void past_the_failure_limit_logins_answer_429_with_retry_after_without_checking_the_password() {
    for (int i = 0; i < 3; i++) {
      assertProblem(login("Ann@Example.com", "guess" + i, "10.4.0.1"), 401, "unauthenticated");
    }
    passwordChecks.set(0);

    var response = login("ann@example.com", PASSWORD, "10.4.0.1");

    assertProblem(response, 429, "too-many-requests");
    assertThat(response.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(890L, 900L));
    assertThat(passwordChecks).hasValue(0);
  }

  @Test
  void a_success_resets_the_count_for_that_account_and_address() {
    login("ann@example.com", "guess", "10.5.0.1");
    login("ann@example.com", "guess", "10.5.0.1");
    login("ann@example.com", PASSWORD, "10.5.0.1");
    login("ann@example.com", "guess", "10.5.0.1");
    login("ann@example.com", "guess", "10.5.0.1");

    assertThat(login("ann@example.com", PASSWORD, "10.5.0.1").statusCode()).isEqualTo(200);
  }

  @Test
  void one_address_failing_over_many_accounts_is_limited_too() {
    for (int i = 0; i < 5; i++) {
      login("user" + i + "@example.com", "guess", "10.6.0.1");
    }

    assertProblem(login("ann@example.com", PASSWORD, "10.6.0.1"), 429, "too-many-requests");
    assertThat(login("ann@example.com", PASSWORD, "10.6.0.2").statusCode()).isEqualTo(200);
  }

  @Test
  void malformed_bodies_answer_400() {
    assertProblem(http.post("/api/v1/auth/token", "{", from("10.7.0.1")), 400, "malformed-body");
    assertProblem(
        http.withBody("POST", "/api/v1/auth/token", "email=a", "text/plain", from("10.7.0.1")),
        415,
        "unsupported-media-type");
  }

  private HttpResponse<String> login(String email, String password, String address) {
    return http.post(
        "/api/v1/auth/token",
        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
        from(address));
  }

  /** The client address, as the trusted proxy in front forwards it. */
  private static String[] from(String address) {
    return new String[] {"X-Forwarded-For", "198.51.100.7, " + address};
  }
}
