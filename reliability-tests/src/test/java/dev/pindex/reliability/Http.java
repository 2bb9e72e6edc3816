package dev.pindex.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A client of one listener. It never throws for what the server does: a refused connection, a reset
 * or no answer within the timeout come back as an {@link Answer} with status 0, which every
 * scenario counts as a failure (a hang). Answers are recorded in the {@link Figures} given, if any.
 */
final class Http {

  static final String JSON = "application/json";
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient client;
  private final String host;
  private final int port;
  private final Figures figures;
  private final Duration timeout;

  Http(int port) {
    this("127.0.0.1", port, null, DEFAULT_TIMEOUT);
  }

  Http(String host, int port, Figures figures, Duration timeout) {
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.host = host;
    this.port = port;
    this.figures = figures;
    this.timeout = timeout;
  }

  /** A client of the same listener that records its answers in {@code figures}. */
  Http countingIn(Figures figures) {
    return new Http(host, port, figures, timeout);
  }

  static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  Answer get(String path, String... headers) {
    return send("GET", path, null, null, headers);
  }

  Answer delete(String path, String... headers) {
    return send("DELETE", path, null, null, headers);
  }

  Answer post(String path, String json, String... headers) {
    return send("POST", path, json, JSON, headers);
  }

  Answer put(String path, String json, String... headers) {
    return send("PUT", path, json, JSON, headers);
  }

  /** Any method; a null body sends none, a null content type no Content-Type header. */
  Answer send(String method, String path, String body, String contentType, String... headers) {
    List<String> pairs = new ArrayList<>(List.of(headers));
    if (contentType != null) {
      pairs.add("Content-Type");
      pairs.add(contentType);
    }
    BodyPublisher publisher =
        body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
            .timeout(timeout)
            .method(method, publisher);
    if (!pairs.isEmpty()) {
      request.headers(pairs.toArray(String[]::new));
    }
    long started = System.nanoTime();
    Answer answer;
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      answer = Answer.of(method, path, response, System.nanoTime() - started);
    } catch (IOException e) {
      answer = Answer.none(method, path, e, System.nanoTime() - started);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (figures != null) {
      figures.record(answer);
    }
    return answer;
  }
}
