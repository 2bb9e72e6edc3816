package dev.pindex.web;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One INFO line per request, written when it completes: method, route template, status and
 * duration, with the request id and (once {@link Authenticator} knew the caller) the user id in the
 * MDC; the request is timed into {@link HttpRequestTimers}. Then the request's MDC is cleared.
 */
final class AccessLog implements RequestLogger {

  private static final Logger LOG = LoggerFactory.getLogger("dev.pindex.access");

  private final HttpRequestTimers timers;

  AccessLog(HttpRequestTimers timers) {
    this.timers = timers;
  }

  @Override
  public void handle(Context ctx, Float millis) {
    try {
      String route = route(ctx);
      timers.record(ctx.method().name(), route, ctx.statusCode(), (long) (millis * 1_000_000));
      if (LOG.isInfoEnabled()) {
        LOG.info("{} {} {} {}ms", ctx.method(), route, ctx.statusCode(), oneDecimal(millis));
      }
    } finally {
      MDC.remove(RequestIds.MDC_KEY);
      MDC.remove(Authenticator.USER_ID_MDC_KEY);
    }
  }

  /**
   * {@code 12.3}: what {@code String.format("%.1f")} writes, without building a {@link
   * java.util.Formatter} (and its locale's symbols) for every request, which JFR showed costing a
   * third of the access line.
   */
  static String oneDecimal(float millis) {
    long tenths = Math.round(millis * 10.0);
    return (tenths / 10) + "." + (tenths % 10);
  }

  /**
   * The template of the route that answered, never the raw path (see {@link HttpRequestTimers}).
   */
  private static String route(Context ctx) {
    Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    return matched == null ? HttpRequestTimers.UNMATCHED : matched.path;
  }
}
