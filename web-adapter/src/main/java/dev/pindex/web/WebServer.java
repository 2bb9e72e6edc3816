package dev.pindex.web;

import com.codahale.metrics.MetricRegistry;
import io.javalin.Javalin;
import io.javalin.http.Context;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * One HTTP listener (the API's or the admin's) with the shared conventions: request ids, the access
 * line and request timers, problem+json errors, JSON mapping, and a graceful stop that lets
 * in-flight requests finish within a bound. Bootstrap uses this and never touches Javalin itself.
 */
public final class WebServer {

  private final Javalin javalin;

  private WebServer(Javalin javalin) {
    this.javalin = javalin;
  }

  /**
   * Starts listening; the port may be 0 for any free port (see {@link #port()}). Requests are timed
   * into {@code metrics} by route template and status class.
   */
  public static WebServer start(
      Settings settings, List<? extends JavalinRoutes> routeGroups, MetricRegistry metrics) {
    Objects.requireNonNull(settings, "settings");
    HttpRequestTimers requestTimers = new HttpRequestTimers(metrics);
    ProblemMapper problems = new ProblemMapper();
    Javalin javalin =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.startupWatcherEnabled = false;
              config.jetty.addConnector(
                  (server, http) -> {
                    // Jetty reuses a header line it parsed earlier on the connection when the new
                    // one matches it; by default without regard to case, so a bearer token
                    // differing from an earlier one only in letter case would be read as that one
                    http.setHeaderCacheCaseSensitive(true);
                    ServerConnector connector =
                        new ServerConnector(server, new SerialReadsHttpConnectionFactory(http));
                    connector.setHost(settings.host());
                    connector.setPort(settings.port());
                    return connector;
                  });
              config.jetty.modifyServer(
                  server -> {
                    // Javalin nests its handler inside this wrapper: stop() then drains requests
                    server.setHandler(new GracefulHandler());
                    server.setStopTimeout(settings.stopTimeout().toMillis());
                    server.setErrorHandler(new ProblemErrorHandler());
                  });
              config.jetty.modifyServletContextHandler(
                  context -> {
                    context.setErrorHandler(new ProblemErrorHandler());
                    context.addFilter(
                        new LingeringClose(), "/*", EnumSet.of(DispatcherType.REQUEST));
                  });
              // a known path asked with a method it does not serve is 405, not "no such path"
              config.http.prefer405over404 = true;
              config.http.maxRequestSize = settings.maxRequestBytes();
              config.jsonMapper(
                  new io.javalin.json.JavalinJackson(JsonMapping.objectMapper(), false));
              config.requestLogger.http(new AccessLog(requestTimers));
              config.routes.before(RequestIds::assign);
              // streamed bodies bypass Javalin's own size check (it guards ctx.body() only): every
              // body read goes through RequestBodies, which enforces the matched route's limit
              config.routes.beforeMatched(
                  ctx -> RequestBodies.limitTo(settings.maxBytesFor(ctx), ctx));
              problems.addTo(config.routes);
              routeGroups.forEach(group -> group.addTo(config.routes));
            });
    javalin.start();
    return new WebServer(javalin);
  }

  public int port() {
    return javalin.port();
  }

  /** Stops accepting, waits for in-flight requests up to the stop timeout, then closes. */
  public void stop() {
    javalin.stop();
  }

  /**
   * Where to listen, how large a body may be (a bulk load's, and any other's), and how long a stop
   * waits for in-flight requests.
   */
  public record Settings(
      String host, int port, long maxRequestBytes, long maxBulkRequestBytes, Duration stopTimeout) {
    public Settings {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(stopTimeout, "stopTimeout");
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0..65535");
      }
      if (maxRequestBytes < 1 || maxBulkRequestBytes < 1) {
        throw new IllegalArgumentException("body limits must be positive");
      }
    }

    private long maxBytesFor(Context ctx) {
      return BulkBody.accepted(ctx) ? maxBulkRequestBytes : maxRequestBytes;
    }
  }
}
