package dev.pindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Assertions every problem answer must meet, whatever its status. */
final class Problems {

  private Problems() {}

  /** Asserts a problem+json answer of this status and type, and returns its body. */
  static JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith(Problem.CONTENT_TYPE));
    assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    // nothing of Jackson, Java or our own classes ever reaches a client
    assertThat(response.body())
        .doesNotContain("Exception", "com.fasterxml", "dev.pindex", "java.", "Source:");
    JsonNode body = HttpProbe.json(response);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("type").asText()).isEqualTo("/problems/" + type);
    assertThat(body.get("title").asText()).isNotBlank();
    assertThat(body.get("detail").asText()).isNotBlank();
    return body;
  }

  /** The field names of a problem's {@code errors}. */
  static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.get("errors").forEach(error -> fields.add(error.get("field").asText()));
    return fields;
  }
}
