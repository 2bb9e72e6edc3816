package dev.pindex.bootstrap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP GETs for end-to-end tests; a refused connection answers status 0. */
final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Http() {}

  static HttpResponse<String> get(int port, String path) {
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .timeout(Duration.ofSeconds(10))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static int status(int port, String path) {
    HttpResponse<String> response = get(port, path);
    return response == null ? 0 : response.statusCode();
  }

  /** Polls until the path answers the status or the deadline passes; returns the last status. */
  static int awaitStatus(int port, String path, int expected, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    int last;
    do {
      last = status(port, path);
      if (last == expected) {
        return last;
      }
      sleep(100);
    } while (System.nanoTime() < deadline);
    return last;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
