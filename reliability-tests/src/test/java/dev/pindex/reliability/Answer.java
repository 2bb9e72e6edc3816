package dev.pindex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One answer of the service, or the lack of one (status 0: refused, reset or timed out), with how
 * long the client waited for it.
 */
record Answer(
    String method,
    String path,
    int status,
    Map<String, List<String>> headers,
    String body,
    long nanos,
    String failure) {

  static Answer of(String method, String path, HttpResponse<String> response, long nanos) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(response.headers().map());
    return new Answer(method, path, response.statusCode(), headers, response.body(), nanos, null);
  }

  static Answer none(String method, String path, Exception failure, long nanos) {
    return new Answer(method, path, 0, Map.of(), "", nanos, failure.toString());
  }

  Optional<String> header(String name) {
    List<String> values = headers.get(name);
    if (values == null) {
      values = headers.get(name.toLowerCase(Locale.ROOT));
    }
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  boolean success() {
    return status >= 200 && status < 300;
  }

  /** A 503 as the contract has it: with {@code Retry-After} of a positive number of seconds. */
  boolean unavailableAsPromised() {
    return status == 503
        && header("Retry-After").filter(value -> value.matches("[1-9][0-9]*")).isPresent();
  }

  boolean problemJson() {
    return header("Content-Type").filter(type -> type.startsWith(Json.PROBLEM)).isPresent();
  }

  Duration waited() {
    return Duration.ofNanos(nanos);
  }

  /** Asserts the status and answers the JSON body (null when empty). */
  JsonNode expect(int expected) {
    assertThat(status).as("status of %s, body %s", this, body).isEqualTo(expected);
    return body.isEmpty() ? null : Json.parse(body);
  }

  JsonNode json() {
    return Json.parse(body);
  }

  @Override
  public String toString() {
    return method + " " + path + " -> " + (status == 0 ? "no answer (" + failure + ")" : status);
  }
}
