package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.domain.model.DatabaseStatus;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What Jetty refuses before routing still answers in the API's form, with a request id. */
class RefusedBeforeRoutingTest {

  private static TestServer server;
  private static int port;

  @BeforeAll
  static void start() {
    server =
        TestServer.start(new JavalinHealthRoutes(() -> DatabaseStatus.up(Duration.ofMillis(1))));
    port = server.port();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "GET /health%2Flive HTTP/1.1, 404",
    "GET /health/%00live HTTP/1.1, 400",
    "GET /health/%zzlive HTTP/1.1, 400",
    "GET /health/live HTTP/9.9, 505",
    "DELETE /health/live HTTP/1.1, 405",
    "PUT /health/\u00e4live HTTP/1.1, 400",
    "DELETE /health/\u00e4live HTTP/1.1, 400",
    "OPTIONS /health/\u00e4live HTTP/1.1, 400",
    "PUT /health/live HTTP/9.9, 505",
  })
  void a_refused_request_answers_problem_json_with_a_request_id(String requestLine, int status) {
    String response = exchange(requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 " + status);
    assertThat(response.toLowerCase()).contains("x-request-id: ");
    assertThat(response.toLowerCase()).contains("content-type: application/problem+json");
    assertThat(response).contains("\"status\":" + status).doesNotContain("<html", "Exception");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"GET", "PUT"})
  void oversized_headers_answer_431_as_problem_json(String method) {
    String response =
        exchange(
            method
                + " /health/live HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
    assertThat(response).startsWith("HTTP/1.1 431");
    assertThat(response.toLowerCase()).contains("x-request-id: ");
    assertThat(response).contains("\"status\":431");
  }

  @org.junit.jupiter.api.Test
  void a_request_refused_while_read_ends_its_connection_so_no_later_answer_is_misread() {
    // a HEAD answer carries no body, so a body sent with this refusal would be read by the client
    // as the start of the next answer, unless the connection ends with it
    String answers =
        exchange(
            "HEAD /health/%00live HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(answers).startsWith("HTTP/1.1 400");
    assertThat(answers.toLowerCase()).contains("connection: close");
    assertThat(answers).doesNotContain("HTTP/1.1 200");
  }

  private static String exchange(String raw) {
    return RawExchange.send(port, raw);
  }
}
