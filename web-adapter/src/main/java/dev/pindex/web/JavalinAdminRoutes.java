package dev.pindex.web;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.json.MetricsModule;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pindex.domain.model.PoolSnapshot;
import dev.pindex.domain.port.in.ViewPoolUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** Operator views served on the admin port only: the pool, and every metric of the registry. */
public final class JavalinAdminRoutes implements JavalinRoutes {

  private final ViewPoolUseCase pool;
  private final MetricRegistry metrics;
  private final PrometheusExposition prometheus;
  // rates per second and durations in milliseconds, as Dropwizard's own admin servlet shows them
  private final ObjectWriter metricsJson =
      JsonMapper.builder()
          .addModule(new MetricsModule(TimeUnit.SECONDS, TimeUnit.MILLISECONDS, false))
          .build()
          .writer();

  public JavalinAdminRoutes(ViewPoolUseCase pool, MetricRegistry metrics) {
    this.pool = Objects.requireNonNull(pool, "pool");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.prometheus = new PrometheusExposition(metrics);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/pool", this::pool);
    routes.get("/metrics", this::metrics);
  }

  private void pool(Context ctx) {
    PoolSnapshot snapshot = pool.viewPool();
    ctx.json(
        new PoolView(
            snapshot.poolSize(),
            snapshot.maxPoolSize(),
            snapshot.total(),
            snapshot.active(),
            snapshot.idle(),
            snapshot.pending(),
            snapshot.overflow()));
  }

  /** Prometheus's text format; {@code ?format=json} gives the same registry as JSON. */
  private void metrics(Context ctx) throws IOException {
    String format = RequestParams.query(ctx, "format").orElse("prometheus");
    switch (format) {
      case "prometheus" -> {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        prometheus.writeTo(text);
        ctx.contentType(PrometheusExposition.CONTENT_TYPE).result(text.toByteArray());
      }
      case "json" ->
          ctx.contentType("application/json").result(metricsJson.writeValueAsBytes(metrics));
      default -> throw BadRequest.of("format", "must be prometheus or json");
    }
  }

  /** The pool as API.md names it; {@code overflow} is {@code max(0, total - pool_size)}. */
  record PoolView(
      int poolSize, int maxPoolSize, int total, int active, int idle, int pending, int overflow) {}
}
