package dev.pindex.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A tiny client for route tests against a server started on a random port. */
final class HttpProbe {

  static final String JSON = "application/json";
  static final String CSV = "text/csv";
  // numbers are read as exact decimals, trailing zeros kept, to assert what the server wrote
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;

  HttpProbe(int port) {
    this.port = port;
  }

  HttpResponse<String> get(String path, String... headers) {
    return send("GET", path, HttpRequest.BodyPublishers.noBody(), headers);
  }

  HttpResponse<String> delete(String path, String... headers) {
    return send("DELETE", path, HttpRequest.BodyPublishers.noBody(), headers);
  }

  /** A JSON body, sent with its Content-Length. */
  HttpResponse<String> post(String path, String json, String... headers) {
    return withBody("POST", path, json, JSON, headers);
  }

  HttpResponse<String> put(String path, String json, String... headers) {
    return withBody("PUT", path, json, JSON, headers);
  }

  HttpResponse<String> withBody(
      String method, String path, String body, String contentType, String... headers) {
    return send(
        method,
        path,
        HttpRequest.BodyPublishers.ofString(body),
        withContentType(contentType, headers));
  }

  /** A body sent in chunks, without a Content-Length, as streaming clients send large loads. */
  HttpResponse<String> putChunked(String path, String json, String... headers) {
    return putChunked(path, json, JSON, headers);
  }

  HttpResponse<String> putChunked(String path, String body, String contentType, String... headers) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return send(
        "PUT",
        path,
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
        withContentType(contentType, headers));
  }

  private static String[] withContentType(String contentType, String... headers) {
    return headers(new String[] {"Content-Type", contentType}, headers);
  }

  private HttpResponse<String> send(
      String method, String path, HttpRequest.BodyPublisher body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, body);
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Header name-value pairs joined, e.g. a bearer token's and an If-Match. */
  static String[] headers(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
