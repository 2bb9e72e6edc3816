package dev.pindex.web;

import com.codahale.metrics.MetricRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * One timer per method, route template and status class ({@code 2xx}, {@code 4xx}, ...): {@value
 * #FAMILY}, labelled as {@link LabelledName} writes it. Routes are the templates the server matched
 * ({@code /api/v1/assets/{symbol}}), and requests matching none share the route {@value
 * #UNMATCHED}, so the number of timers is bounded by the routes, whatever paths clients send.
 */
final class HttpRequestTimers {

  static final String FAMILY = "pindex.http.requests";
  static final String UNMATCHED = "unmatched";

  private final MetricRegistry metrics;

  HttpRequestTimers(MetricRegistry metrics) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  void record(String method, String route, int status, long nanos) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("method", method);
    labels.put("route", route);
    labels.put("status", (status / 100) + "xx");
    metrics.timer(LabelledName.of(FAMILY, labels)).update(nanos, TimeUnit.NANOSECONDS);
  }
}
