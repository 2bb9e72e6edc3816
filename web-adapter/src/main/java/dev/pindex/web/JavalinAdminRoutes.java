package dev.pindex.web;

import dev.pindex.domain.model.PoolSnapshot;
import dev.pindex.domain.port.in.ViewPoolUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Objects;

/** Operator views served on the admin port only. */
public final class JavalinAdminRoutes implements JavalinRoutes {

  private final ViewPoolUseCase pool;

  public JavalinAdminRoutes(ViewPoolUseCase pool) {
    this.pool = Objects.requireNonNull(pool, "pool");
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/pool", this::pool);
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

  /** The pool as API.md names it; {@code overflow} is {@code max(0, total - pool_size)}. */
  record PoolView(
      int poolSize, int maxPoolSize, int total, int active, int idle, int pending, int overflow) {}
}
