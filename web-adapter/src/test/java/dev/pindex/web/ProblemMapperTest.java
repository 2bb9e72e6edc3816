package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.Forbidden;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.PreconditionFailed;
import dev.pindex.domain.model.Unauthenticated;
import dev.pindex.domain.model.Unavailable;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

  private final CountDownLatch slowRequestStarted = new CountDownLatch(1);
  private WebServer server;
  private HttpProbe http;

  @BeforeEach
  void start() {
    JavalinRoutes failing =
        routes -> {
          routes.get(
              "/not-found",
              ctx -> {
                throw new NotFound("No asset with symbol ZZZ.");
              });
          routes.get(
              "/conflict",
              ctx -> {
                throw new Conflict("An asset with this symbol exists.");
              });
          routes.get(
              "/invalid",
              ctx -> {
                throw new ValidationFailed(
                    "2 rows are invalid.",
                    List.of(Violation.ofRow(2, "close must be > 0"), Violation.ofRow(5, "bad")));
              });
          routes.get(
              "/stale",
              ctx -> {
                throw new PreconditionFailed("The strategy changed since version 3.");
              });
          routes.get(
              "/anonymous",
              ctx -> {
                throw new Unauthenticated("A bearer token is required.");
              });
          routes.get(
              "/forbidden",
              ctx -> {
                throw new Forbidden("Only admins may write market data.");
              });
          routes.get(
              "/unavailable",
              ctx -> {
                throw new Unavailable(
                    "The database is unavailable.", Duration.ofMillis(2500), null);
              });
          routes.get(
              "/early-eof",
              ctx -> {
                throw new java.io.EOFException("Early EOF");
              });
          routes.get(
              "/bug",
              ctx -> {
                throw new IllegalStateException(
                    "ERROR: syntax error at SELECT password FROM users");
              });
          routes.get(
              "/slow",
              ctx -> {
                slowRequestStarted.countDown();
                Thread.sleep(700);
                ctx.result("finished");
              });
        };
    server =
        WebServer.start(
            new WebServer.Settings("127.0.0.1", 0, 1 << 20, 1 << 20, Duration.ofSeconds(5)),
            List.of(failing),
            new MetricRegistry());
    http = new HttpProbe(server.port());
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void each_domain_outcome_maps_to_its_status_as_problem_json() {
    assertProblem("/not-found", 404, "No asset with symbol ZZZ.");
    assertProblem("/conflict", 409, "An asset with this symbol exists.");
    assertProblem("/invalid", 422, "2 rows are invalid.");
    assertProblem("/stale", 412, "The strategy changed since version 3.");
    assertProblem("/anonymous", 401, "A bearer token is required.");
    assertProblem("/forbidden", 403, "Only admins may write market data.");
    assertProblem("/unavailable", 503, "The database is unavailable.");
  }

  @Test
  void validation_failures_list_their_rows() {
    var errors = HttpProbe.json(http.get("/invalid")).get("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).get("row").asLong()).isEqualTo(2);
    assertThat(errors.get(0).get("message").asText()).isEqualTo("close must be > 0");
    assertThat(errors.get(0).has("field")).isFalse();
  }

  @Test
  void unauthenticated_answers_carry_a_bearer_challenge() {
    assertThat(http.get("/anonymous").headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void unavailable_answers_carry_retry_after_in_whole_seconds_rounded_up() {
    assertThat(http.get("/unavailable").headers().firstValue("Retry-After")).hasValue("3");
  }

  @Test
  void a_body_that_ends_early_answers_400_as_the_clients_fault() {
    assertProblem("/early-eof", 400, "The body ended before it was complete.");
  }

  @Test
  void an_unexpected_failure_answers_500_with_a_correlation_id_and_no_internals() {
    var response = http.get("/bug", "X-Request-Id", "trace-123");
    var body = HttpProbe.json(response);
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(body.get("correlation_id").asText()).isEqualTo("trace-123");
    assertThat(response.body()).doesNotContain("SELECT", "password", "Exception", "at dev.");
  }

  @Test
  void an_unknown_path_answers_404_problem_json() {
    var response = http.get("/no/such/path");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(Problem.CONTENT_TYPE));
  }

  @Test
  void every_response_carries_a_request_id_and_echoes_a_sane_client_one() {
    assertThat(http.get("/no/such/path").headers().firstValue("X-Request-Id"))
        .hasValueSatisfying(id -> assertThat(id).hasSizeGreaterThan(8));
    assertThat(http.get("/conflict", "X-Request-Id", "abc-42").headers().firstValue("X-Request-Id"))
        .hasValue("abc-42");
  }

  @Test
  void a_request_id_that_could_forge_log_lines_is_replaced() {
    var echoed =
        http.get("/conflict", "X-Request-Id", "x y forged=1 <script>")
            .headers()
            .firstValue("X-Request-Id");
    assertThat(echoed).hasValueSatisfying(id -> assertThat(id).doesNotContain("forged"));
  }

  @Test
  void stopping_lets_an_in_flight_request_finish() throws Exception {
    var inFlight = CompletableFuture.supplyAsync(() -> http.get("/slow"));
    assertThat(slowRequestStarted.await(5, TimeUnit.SECONDS)).isTrue();
    server.stop();
    var response = inFlight.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("finished");
  }

  private void assertProblem(String path, int status, String detail) {
    var response = http.get(path);
    var body = HttpProbe.json(response);
    assertThat(response.statusCode()).as(path).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith(Problem.CONTENT_TYPE));
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("detail").asText()).isEqualTo(detail);
    assertThat(body.get("type").asText()).startsWith("/problems/");
    assertThat(body.get("instance").asText()).isEqualTo(path);
  }
}
