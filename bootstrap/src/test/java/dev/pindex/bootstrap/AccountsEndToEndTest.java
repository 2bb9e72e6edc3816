package dev.pindex.bootstrap;

import static dev.pindex.bootstrap.RunningService.PASSWORD;
import static dev.pindex.bootstrap.RunningService.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registration, logins and the caller's own account, with the login limit. */
@ExtendWith(SharedService.class)
class AccountsEndToEndTest {

  private static final String USERS = "/api/v1/users";
  private static final String TOKEN = "/api/v1/auth/token";
  private static final String ME = "/api/v1/users/me";

  private final RunningService service;
  private final Api api;

  AccountsEndToEndTest(RunningService service) {
    this.service = service;
    this.api = service.api();
  }

  @Test
  void register_answers_201_with_the_account_as_a_user_and_never_its_password() {
    String email = email("register");
    Reply reply = api.post(USERS, credentials(email, PASSWORD));
    JsonNode user = reply.expect(201);
    assertThat(user.path("id").asLong()).isPositive();
    assertThat(user.path("email").asText()).isEqualTo(email);
    assertThat(user.path("role").asText()).isEqualTo("user");
    assertThat(Instant.parse(user.path("created_at").asText())).isBeforeOrEqualTo(Instant.now());
    assertThat(reply.header("Location")).hasValue(ME);
    assertThat(reply.body()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("hash");
  }

  @Test
  void register_of_an_email_that_exists_in_another_case_answers_409() {
    String email = email("taken");
    api.post(USERS, credentials(email, PASSWORD)).expect(201);
    api.post(USERS, credentials(email.toUpperCase(Locale.ROOT), "another password")).problem(409);
    // the first account is untouched: its password still logs in
    service.login(email, PASSWORD);
  }

  @Test
  void register_with_a_bad_email_and_a_short_password_answers_422_naming_both() {
    JsonNode problem = api.post(USERS, credentials("not-an-email", "short")).problem(422);
    assertThat(Reply.fields(problem)).containsExactlyInAnyOrder("email", "password");
  }

  @Test
  void register_with_malformed_json_answers_400() {
    api.post(USERS, "{\"email\": \"a@b.test\", ").problem(400);
    api.post(USERS, "{\"email\": 42, \"password\": \"long enough password\"}").problem(400);
  }

  @Test
  void the_admin_from_the_environment_logs_in_as_admin() {
    JsonNode me = api.get(ME, Api.bearer(service.adminToken())).expect(200);
    assertThat(me.path("email").asText()).isEqualTo(RunningService.ADMIN_EMAIL);
    assertThat(me.path("role").asText()).isEqualTo("admin");
  }

  @Test
  void a_login_answers_a_bearer_token_that_is_not_cached_and_me_answers_its_account() {
    String email = email("login");
    JsonNode registered = api.post(USERS, credentials(email, PASSWORD)).expect(201);
    Reply login = api.post(TOKEN, credentials(email.toUpperCase(Locale.ROOT), PASSWORD));
    JsonNode token = login.expect(200);
    assertThat(token.path("token_type").asText()).isEqualTo("Bearer");
    assertThat(token.path("expires_in").asLong()).isEqualTo(3600);
    assertThat(login.header("Cache-Control")).hasValue("no-store");

    JsonNode me = api.get(ME, Api.bearer(token.path("access_token").asText())).expect(200);
    assertThat(me.path("id").asLong()).isEqualTo(registered.path("id").asLong());
    assertThat(me.path("email").asText()).isEqualTo(email);
    assertThat(me.path("role").asText()).isEqualTo("user");
  }

  @Test
  void an_unknown_email_and_a_wrong_password_answer_the_same_401_with_a_bearer_challenge() {
    RunningService.Account account = service.newUser("wrongpw");
    Reply wrongPassword = api.post(TOKEN, credentials(account.email(), "not the password"));
    Reply unknownEmail = api.post(TOKEN, credentials(email("nobody"), PASSWORD));
    JsonNode first = wrongPassword.problem(401);
    JsonNode second = unknownEmail.problem(401);
    assertThat(first.path("detail")).isEqualTo(second.path("detail"));
    assertThat(wrongPassword.header("WWW-Authenticate")).hasValue("Bearer");
    assertThat(unknownEmail.header("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void me_without_a_token_or_with_a_bad_one_answers_401_with_a_bearer_challenge() {
    RunningService.Account account = service.newUser("badtoken");
    for (String[] headers :
        new String[][] {
          {},
          Api.bearer("not.a.token"),
          Api.bearer(tamperedSignature(account.token())),
          Api.bearer(promotedToAdmin(account.token())),
          {"Authorization", "Basic " + base64(account.email() + ":" + PASSWORD)}
        }) {
      Reply reply = api.get(ME, headers);
      reply.problem(401);
      assertThat(reply.header("WWW-Authenticate")).hasValue("Bearer");
    }
    // the untouched token still works, so the refusals above were the tampering's doing
    api.get(ME, account.bearer()).expect(200);
  }

  @Test
  void past_the_failure_limit_a_login_answers_429_with_retry_after_even_with_the_right_password() {
    RunningService.Account account = service.newUser("limited");
    for (int i = 0; i < SharedService.MAX_FAILURES_PER_ACCOUNT; i++) {
      api.post(TOKEN, credentials(account.email(), "wrong password " + i)).problem(401);
    }
    Reply refused = api.post(TOKEN, credentials(account.email(), PASSWORD));
    refused.problem(429);
    assertThat(refused.header("Retry-After")).isPresent();
    long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, SharedService.LOGIN_WINDOW_S);
    // the limit is per account and address: another account still logs in from here
    RunningService.Account other = service.newUser("notlimited");
    service.login(other.email(), PASSWORD);
  }

  @Test
  void concurrent_registrations_of_one_email_create_one_account_and_answer_409_to_the_rest() {
    String email = email("race");
    List<Integer> statuses =
        Concurrently.run(
            6,
            i ->
                api.post(
                        USERS,
                        credentials(
                            i % 2 == 0 ? email : email.toUpperCase(Locale.ROOT), PASSWORD + i))
                    .status());
    assertThat(statuses).containsOnly(201, 409);
    assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
  }

  /** A token whose signature was altered in its middle (any base64url character there counts). */
  static String tamperedSignature(String token) {
    int at = token.lastIndexOf('.') + 10;
    char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
    return token.substring(0, at) + replacement + token.substring(at + 1);
  }

  /** The token's own signature over claims rewritten to say {@code "role":"admin"}. */
  static String promotedToAdmin(String token) {
    String[] parts = token.split("\\.");
    String claims =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"role\":\"user\"", "\"role\":\"admin\"");
    assertThat(claims).contains("\"role\":\"admin\"");
    return parts[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String email(String label) {
    return RunningService.unique(label).toLowerCase(Locale.ROOT) + "@e2e.pindex.test";
  }
}
