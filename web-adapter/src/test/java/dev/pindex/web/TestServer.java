package dev.pindex.web;

import com.codahale.metrics.MetricRegistry;
import java.time.Duration;
import java.util.List;

/**
 * A real {@link WebServer} on a random port for route tests, started once per test class: a
 * graceful stop takes a moment, so tests reset their fakes instead of restarting the server.
 */
final class TestServer implements AutoCloseable {

  static final long MAX_BODY_BYTES = 64 * 1024;
  static final long MAX_BULK_BODY_BYTES = 4 * MAX_BODY_BYTES;

  private final WebServer server;
  private final HttpProbe http;

  private TestServer(WebServer server) {
    this.server = server;
    this.http = new HttpProbe(server.port());
  }

  static TestServer start(JavalinRoutes... groups) {
    return new TestServer(
        WebServer.start(
            new WebServer.Settings(
                "127.0.0.1", 0, MAX_BODY_BYTES, MAX_BULK_BODY_BYTES, Duration.ofSeconds(5)),
            List.of(groups),
            new MetricRegistry()));
  }

  int port() {
    return server.port();
  }

  HttpProbe http() {
    return http;
  }

  @Override
  public void close() {
    server.stop();
  }
}
