package dev.pindex.web;

import static dev.pindex.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Role;
import dev.pindex.domain.model.User;
import dev.pindex.domain.port.in.GetUserUseCase;
import dev.pindex.domain.port.in.RegisterUserUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserRoutesTest {

  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}) ");

  private final List<String> registered = new ArrayList<>();
  private final RegisterUserUseCase registration =
      command -> {
        if (registered.contains(command.email().normalized())) {
          throw new Conflict("An account with this e-mail exists.");
        }
        registered.add(command.email().normalized());
        return new User(
            registered.size(), command.email(), Role.USER, Instant.parse("2026-11-28T09:15:00Z"));
      };
  private final GetUserUseCase users =
      id -> {
        if (id == 404) {
          throw new NotFound("No account with this id.");
        }
        return TestTokens.user(id, Role.USER);
      };
  private TestServer server;
  private HttpProbe http;

  @BeforeAll
  void start() {
    server = TestServer.start(new JavalinUserRoutes(registration, users, TestTokens.AUTHENTICATOR));
    http = server.http();
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    registered.clear();
  }

  @Test
  void register_answers_201_with_the_account_and_never_the_password() {
    var response =
        http.post(
            "/api/v1/users", "{\"email\":\"Ann@Example.com\",\"password\":\"correct horse\"}");
    var body = HttpProbe.json(response);

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/users/me");
    assertThat(body.get("id").asLong()).isEqualTo(1);
    assertThat(body.get("email").asText()).isEqualTo("Ann@Example.com");
    assertThat(body.get("role").asText()).isEqualTo("user");
    assertThat(body.get("created_at").asText()).isEqualTo("2026-11-28T09:15:00Z");
    assertThat(response.body()).doesNotContain("correct horse", "password");
  }

  @Test
  void register_of_a_taken_email_answers_409() {
    http.post("/api/v1/users", "{\"email\":\"ann@example.com\",\"password\":\"12345678\"}");

    assertProblem(
        http.post("/api/v1/users", "{\"email\":\"ANN@example.com\",\"password\":\"12345678\"}"),
        409,
        "conflict");
  }

  @Test
  void register_with_a_bad_email_and_a_short_password_answers_422_naming_both() {
    var problem =
        assertProblem(
            http.post("/api/v1/users", "{\"email\":\"not-an-email\",\"password\":\"short\"}"),
            422,
            "validation-failed");

    assertThat(Problems.fields(problem)).containsExactly("email", "password");
    assertThat(problem.toString()).doesNotContain("short\"");
  }

  @Test
  void register_with_missing_fields_answers_422_and_with_a_wrong_type_400() {
    assertThat(
            Problems.fields(
                assertProblem(http.post("/api/v1/users", "{}"), 422, "validation-failed")))
        .containsExactly("email", "password");
    assertProblem(
        http.post("/api/v1/users", "{\"email\":\"a@b.co\",\"password\":12345678}"),
        400,
        "malformed-body");
  }

  @Test
  void register_with_a_json_null_body_answers_400() {
    assertProblem(http.post("/api/v1/users", "null"), 400, "malformed-body");
  }

  @Test
  void me_answers_the_account_of_the_token() {
    var response = http.get("/api/v1/users/me", TestTokens.asUser());
    var body = HttpProbe.json(response);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.get("id").asLong()).isEqualTo(TestTokens.USER_ID);
    assertThat(body.get("email").asText()).isEqualTo("user7@example.com");
  }

  @Test
  void me_of_a_deleted_account_answers_404() {
    String token = TestTokens.TOKENS.issue(TestTokens.user(404, Role.USER));

    assertProblem(http.get("/api/v1/users/me", TestTokens.bearer(token)), 404, "not-found");
  }

  @Test
  void me_without_a_valid_bearer_token_answers_401_with_a_challenge() {
    String expired =
        new BearerTokens(
                TestTokens.KEY,
                Duration.ofMinutes(5),
                Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC))
            .issue(TestTokens.user(7, Role.USER));
    String foreign =
        new BearerTokens("a-key-this-server-has-never-seen-32b".getBytes())
            .issue(TestTokens.user(7, Role.ADMIN));
    String valid = TestTokens.TOKENS.issue(TestTokens.user(7, Role.USER));
    String tampered = TestTokens.withSignatureChanged(valid);

    List<String[]> refused =
        List.of(
            new String[0],
            new String[] {"Authorization", "Basic dXNlcjpwYXNz"},
            new String[] {"Authorization", "Bearer"},
            TestTokens.bearer("not.a.jwt"),
            TestTokens.bearer(expired),
            TestTokens.bearer(foreign),
            TestTokens.bearer(tampered));
    for (String[] headers : refused) {
      var response = http.get("/api/v1/users/me", headers);
      assertProblem(response, 401, "unauthenticated");
      assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }
  }

  @Test
  void the_bearer_scheme_is_matched_without_regard_to_case() {
    String token = TestTokens.TOKENS.issue(TestTokens.user(7, Role.USER));

    assertThat(http.get("/api/v1/users/me", "Authorization", "bearer " + token).statusCode())
        .isEqualTo(200);
  }

  @Test
  void a_token_differing_only_in_letter_case_from_an_earlier_one_on_the_connection_answers_401() {
    String token = TestTokens.TOKENS.issue(TestTokens.user(7, Role.USER));
    String sameLettersOtherCase = swapCase(token);

    // both requests on one connection: the first leaves its Authorization in Jetty's header cache
    String answers =
        RawExchange.send(
            server.port(), whoAmI(token, "keep-alive") + whoAmI(sameLettersOtherCase, "close"));

    // a body ends without a line break, so the next answer's status line follows it directly
    assertThat(STATUS_LINE.matcher(answers).results().map(status -> status.group(1)))
        .containsExactly("200", "401");
  }

  private static String whoAmI(String token, String connection) {
    return "GET /api/v1/users/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
        + token
        + "\r\nConnection: "
        + connection
        + "\r\n\r\n";
  }

  private static String swapCase(String text) {
    StringBuilder swapped = new StringBuilder(text.length());
    text.chars()
        .map(c -> Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))
        .forEach(c -> swapped.append((char) c));
    return swapped.toString();
  }
}
