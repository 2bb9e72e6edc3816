package dev.pindex.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** An admin's HTTP client for the bulk-load tests: assets, loads and reading prices back. */
final class BulkLoadClient {

  static final String CSV = "text/csv";
  static final String JSON = "application/json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;
  private final String token;

  private BulkLoadClient(int port, String token) {
    this.port = port;
    this.token = token;
  }

  static BulkLoadClient signIn(int port, String email, String password) {
    BulkLoadClient anonymous = new BulkLoadClient(port, null);
    String credentials = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    HttpResponse<String> answer =
        anonymous.send("POST", "/api/v1/auth/token", JSON, BodyPublishers.ofString(credentials));
    return new BulkLoadClient(port, json(answer).get("access_token").asText());
  }

  HttpResponse<String> createAsset(String symbol) {
    String asset = "{\"symbol\":\"" + symbol + "\",\"name\":\"Asset " + symbol + "\"}";
    return send("POST", "/api/v1/assets", JSON, BodyPublishers.ofString(asset));
  }

  /** A body sent whole, with its Content-Length. */
  HttpResponse<String> put(String path, String contentType, String body) {
    return send("PUT", path, contentType, BodyPublishers.ofString(body));
  }

  /** A body streamed in chunks without a Content-Length, read from the stream as it is sent. */
  HttpResponse<String> putStreamed(String path, String contentType, Supplier<InputStream> body) {
    return send("PUT", path, contentType, BodyPublishers.ofInputStream(body));
  }

  HttpResponse<String> post(String path, String json) {
    return send("POST", path, JSON, BodyPublishers.ofString(json));
  }

  /** Every stored price of the asset, by date: {@code [{"date","close","volume"}]}. */
  List<JsonNode> prices(String symbol) {
    List<JsonNode> prices = new ArrayList<>();
    String cursor = null;
    do {
      String path =
          "/api/v1/assets/"
              + symbol
              + "/prices?limit=10000"
              + (cursor == null ? "" : "&cursor=" + cursor);
      JsonNode page = json(send("GET", path, null, BodyPublishers.noBody()));
      page.get("items").forEach(prices::add);
      cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
    } while (cursor != null);
    return prices;
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  private HttpResponse<String> send(
      String method, String path, String contentType, BodyPublisher body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofMinutes(5))
            .method(method, body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
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
}
