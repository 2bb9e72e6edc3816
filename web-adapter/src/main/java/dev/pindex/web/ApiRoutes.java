package dev.pindex.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.Set;

/**
 * Registers the endpoints of {@code /api/v1}, each with the query parameters it accepts (none
 * unless named), checked before its handler runs.
 */
final class ApiRoutes {

  private final RoutesConfig routes;

  ApiRoutes(RoutesConfig routes) {
    this.routes = routes;
  }

  ApiRoutes get(String path, Handler handler, String... queryParameters) {
    return add(HandlerType.GET, path, handler, queryParameters);
  }

  ApiRoutes post(String path, Handler handler) {
    return add(HandlerType.POST, path, handler);
  }

  ApiRoutes put(String path, Handler handler) {
    return add(HandlerType.PUT, path, handler);
  }

  /** A PUT whose body is a bulk load, held to the bulk body limit rather than the small one. */
  ApiRoutes putBulk(String path, Handler handler) {
    routes.addEndpoint(endpoint(HandlerType.PUT, path, handler).withMetadata(BulkBody.ACCEPTED));
    return this;
  }

  ApiRoutes delete(String path, Handler handler) {
    return add(HandlerType.DELETE, path, handler);
  }

  private ApiRoutes add(
      HandlerType method, String path, Handler handler, String... queryParameters) {
    routes.addEndpoint(endpoint(method, path, handler, queryParameters));
    return this;
  }

  private static Endpoint endpoint(
      HandlerType method, String path, Handler handler, String... queryParameters) {
    QueryParameters accepted = new QueryParameters(Set.of(queryParameters));
    return Endpoint.create(method, path)
        .addMetadata(accepted)
        .handler(
            ctx -> {
              accepted.check(ctx);
              handler.handle(ctx);
            });
  }
}
