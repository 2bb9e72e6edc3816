package dev.pindex.web;

import io.javalin.config.RoutesConfig;

/** A group of routes that adds itself to a server's configuration before it starts. */
public interface JavalinRoutes {
  void addTo(RoutesConfig routes);
}
