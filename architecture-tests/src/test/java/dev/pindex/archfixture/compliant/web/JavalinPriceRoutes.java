package dev.pindex.archfixture.compliant.web;

import dev.pindex.archfixture.compliant.domain.port.in.ViewPriceQuery;
import dev.pindex.archfixture.compliant.domain.port.in.ViewPriceUseCase;
import io.javalin.http.Context;

public final class JavalinPriceRoutes {
  private final ViewPriceUseCase viewPrice;

  public JavalinPriceRoutes(ViewPriceUseCase viewPrice) {
    this.viewPrice = viewPrice;
  }

  void view(Context ctx) {
    ctx.json(viewPrice.viewPrice(new ViewPriceQuery(ctx.pathParam("symbol"))));
  }
}
