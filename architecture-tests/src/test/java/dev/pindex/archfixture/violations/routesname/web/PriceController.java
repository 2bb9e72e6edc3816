package dev.pindex.archfixture.violations.routesname.web;

import dev.pindex.archfixture.violations.routesname.domain.port.in.ViewPriceUseCase;
import io.javalin.http.Context;

public final class PriceController {
  private final ViewPriceUseCase viewPrice;

  public PriceController(ViewPriceUseCase viewPrice) {
    this.viewPrice = viewPrice;
  }

  void view(Context ctx) {
    ctx.json(viewPrice.viewPrice(ctx.pathParam("symbol")));
  }
}
