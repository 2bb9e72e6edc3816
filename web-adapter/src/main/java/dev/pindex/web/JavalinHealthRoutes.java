package dev.pindex.web;

import dev.pindex.domain.model.DatabaseStatus;
import dev.pindex.domain.port.in.CheckReadinessUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/** Liveness and readiness on the main port, for orchestrators and load balancers. */
public final class JavalinHealthRoutes implements JavalinRoutes {

  private static final Map<String, String> LIVE = Map.of("status", "UP");

  private final CheckReadinessUseCase readiness;

  public JavalinHealthRoutes(CheckReadinessUseCase readiness) {
    this.readiness = Objects.requireNonNull(readiness, "readiness");
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/health/live", ctx -> ctx.json(LIVE));
    routes.get("/health/ready", this::ready);
  }

  private void ready(Context ctx) throws IOException {
    DatabaseStatus database = readiness.checkReadiness();
    String status = database.up() ? "UP" : "DOWN";
    double latencyMs = Math.round(database.latency().toNanos() / 1e5) / 10.0;
    ctx.status(database.up() ? 200 : 503);
    JsonResponses.send(ctx, new Readiness(status, new Checks(new Check(status, latencyMs))));
  }

  // records rather than nested maps: Jackson writes a record through a serializer it builds once
  private record Readiness(String status, Checks checks) {}

  private record Checks(Check database) {}

  private record Check(String status, double latencyMs) {}
}
