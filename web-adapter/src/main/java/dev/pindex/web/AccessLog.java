package dev.pindex.web;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** One INFO line per request, written when it completes; then the request's MDC is cleared. */
final class AccessLog implements RequestLogger {

  private static final Logger LOG = LoggerFactory.getLogger("dev.pindex.access");

  @Override
  public void handle(Context ctx, Float millis) {
    try {
      if (LOG.isInfoEnabled()) {
        LOG.info(
            "{} {} {} {}ms",
            ctx.method(),
            ctx.path(),
            ctx.statusCode(),
            String.format("%.1f", millis));
      }
    } finally {
      MDC.remove(RequestIds.MDC_KEY);
    }
  }
}
