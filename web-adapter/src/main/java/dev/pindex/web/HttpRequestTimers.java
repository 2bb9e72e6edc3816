package dev.pindex.web;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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
  // the labelled name is built once per series, not once per request
  private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

  HttpRequestTimers(MetricRegistry metrics) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  void record(String method, String route, int status, long nanos) {
    timers
        .computeIfAbsent(new Series(method, route, status / 100), this::register)
        .update(nanos, TimeUnit.NANOSECONDS);
  }

  private Timer register(Series series) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("method", series.method());
    labels.put("route", series.route());
    labels.put("status", series.statusClass() + "xx");
    return metrics.timer(LabelledName.of(FAMILY, labels));
  }

  private record Series(String method, String route, int statusClass) {}
}
