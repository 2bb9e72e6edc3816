package dev.pindex.archfixture.violations.routesname.web;

import dev.pindex.archfixture.violations.routesname.domain.port.in.ViewPriceUseCase;
import io.javalin.http.Context;
import java.util.function.Function;

public final class PriceRoutes {
  private final ViewPriceUseCase viewPrice;

  public PriceRoutes(ViewPriceUseCase viewPrice) {
    this.viewPrice = viewPrice;
  }

  /** Drives the use case through a method reference, not a call. */
  void view(Context ctx) {
    Function<String, Long> view = viewPrice::viewPrice;
    ctx.json(view.apply(ctx.pathParam("symbol")));
  }
}
