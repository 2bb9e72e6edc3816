package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One answer of the running service, checked on arrival against what every answer must meet: it
 * carries {@code X-Request-Id}, and its body shows no SQL, no Java class name and no stack trace.
 */
final class Reply {

  /** Exact decimals, trailing zeros kept: what the server wrote, not what a double makes of it. */
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  static final String PROBLEM_JSON = "application/problem+json";

  /** What a leaked statement, driver message, class name or stack trace would show. */
  private static final List<Pattern> LEAKS =
      List.of(
          Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE|COPY)\\b.*\\b(FROM|INTO|SET|WHERE)\\b"),
          Pattern.compile("(?i)ON CONFLICT|pg_temp|_staging|SQLState|SQLException|PSQL"),
          Pattern.compile("(?i)org\\.postgresql|ERROR:|duplicate key value|violates|relation \""),
          Pattern.compile("Exception|com\\.fasterxml|dev\\.pindex|java\\.|javax\\.|org\\.apache"),
          // a fully qualified class name: lower-case package segments, then a capital
          Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z][A-Za-z0-9_$]*"),
          // stack frames: "\tat dev.x.Y.m(Y.java:12)", "Caused by:", "Source:"
          Pattern.compile("\\bat [a-z][\\w$]*\\.[\\w$.]+\\(|\\.java:\\d+|Caused by:|Source:"));

  private final String method;
  private final String path;
  private final HttpResponse<String> response;

  Reply(String method, String path, HttpResponse<String> response) {
    this.method = method;
    this.path = path;
    this.response = response;
    assertThat(header("X-Request-Id"))
        .as("X-Request-Id of %s %s (status %d)", method, path, status())
        .isPresent()
        .hasValueSatisfying(id -> assertThat(id).isNotBlank());
    assertNothingLeaks();
  }

  int status() {
    return response.statusCode();
  }

  String body() {
    return response.body();
  }

  Optional<String> header(String name) {
    return response.headers().firstValue(name);
  }

  List<String> headers(String name) {
    return response.headers().allValues(name);
  }

  JsonNode json() {
    try {
      return JSON.readTree(body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON from " + this + ": " + body(), e);
    }
  }

  /** Asserts the status and returns the JSON body. */
  JsonNode expect(int status) {
    assertThat(status()).as("status of %s, body %s", this, body()).isEqualTo(status);
    return body().isEmpty() ? null : json();
  }

  /**
   * Asserts an RFC 9457 problem of this status and returns it. Its body was already checked for
   * leaks on arrival, like every body.
   */
  JsonNode problem(int status) {
    assertThat(status()).as("status of %s, body %s", this, body()).isEqualTo(status);
    assertThat(header("Content-Type"))
        .as("Content-Type of %s", this)
        .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
    JsonNode problem = json();
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("type").asText()).startsWith("/problems/");
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).isNotBlank();
    return problem;
  }

  /** The {@code field} of each of a problem's {@code errors}. */
  static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(error -> fields.add(error.path("field").asText(null)));
    return fields;
  }

  /** The {@code row} of each of a problem's {@code errors}. */
  static List<Long> rows(JsonNode problem) {
    List<Long> rows = new ArrayList<>();
    problem.path("errors").forEach(error -> rows.add(error.path("row").asLong()));
    return rows;
  }

  private void assertNothingLeaks() {
    if (path.equals("/openapi.json")) {
      return; // the API's own description, served as a file: it names SQL in its prose
    }
    assertThat(internalsShownIn(body()))
        .as("%s answered %d with a body showing internals: %s", this, status(), body())
        .isEmpty();
  }

  /** The leak patterns that {@code body} matches: SQL, driver text, class names, stack frames. */
  static List<String> internalsShownIn(String body) {
    return LEAKS.stream().filter(leak -> leak.matcher(body).find()).map(Pattern::pattern).toList();
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
