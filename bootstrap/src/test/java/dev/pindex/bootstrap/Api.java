package dev.pindex.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A client of one listener of the running service. Every answer comes back as a {@link Reply},
 * which checks on arrival what every answer must meet. Headers are given as name-value pairs.
 */
final class Api {

  static final String JSON = "application/json";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final int port;

  Api(int port) {
    this.port = port;
  }

  int port() {
    return port;
  }

  /** {@code Authorization: Bearer <token>}, as name-value pair. */
  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  /** Name-value pairs joined into one array. */
  static String[] headers(String[]... groups) {
    return Arrays.stream(groups).flatMap(Arrays::stream).toArray(String[]::new);
  }

  /** A query value percent-encoded, as a client must send a cursor or a symbol with {@code ^}. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  Reply get(String path, String... headers) {
    return send("GET", path, BodyPublishers.noBody(), headers);
  }

  Reply delete(String path, String... headers) {
    return send("DELETE", path, BodyPublishers.noBody(), headers);
  }

  /** A JSON body, sent with its Content-Length. */
  Reply post(String path, String json, String... headers) {
    return withBody("POST", path, json, JSON, headers);
  }

  /** A JSON body, sent with its Content-Length. */
  Reply put(String path, String json, String... headers) {
    return withBody("PUT", path, json, JSON, headers);
  }

  Reply withBody(String method, String path, String body, String contentType, String... headers) {
    return send(
        method,
        path,
        BodyPublishers.ofString(body),
        headers(new String[] {"Content-Type", contentType}, headers));
  }

  /** A JSON body sent chunked, without a Content-Length, as a streaming client sends a load. */
  Reply putChunked(String path, String json, String... headers) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return send(
        "PUT",
        path,
        BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
        headers(new String[] {"Content-Type", JSON}, headers));
  }

  private Reply send(String method, String path, BodyPublisher body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(60))
            .method(method, body);
    List<String> pairs = new ArrayList<>(Arrays.asList(headers));
    if (!pairs.isEmpty()) {
      request.headers(pairs.toArray(String[]::new));
    }
    try {
      return new Reply(
          method, path, CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
