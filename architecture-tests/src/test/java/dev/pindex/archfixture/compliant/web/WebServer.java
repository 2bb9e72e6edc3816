package dev.pindex.archfixture.compliant.web;

import io.javalin.Javalin;

public final class WebServer {
  private final Javalin app;

  public WebServer(JavalinPriceRoutes prices) {
    this.app = Javalin.create(config -> config.routes.get("/prices/{symbol}", prices::view));
  }

  public void stop() {
    app.stop();
  }
}
