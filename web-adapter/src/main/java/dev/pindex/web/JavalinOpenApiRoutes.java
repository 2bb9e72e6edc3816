package dev.pindex.web;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the API's OpenAPI 3.1 description, written by hand next to the routes it describes. */
public final class JavalinOpenApiRoutes implements JavalinRoutes {

  static final String PATH = "/openapi.json";
  static final String RESOURCE = "/openapi.json";

  private final byte[] document;

  public JavalinOpenApiRoutes() {
    this.document = load();
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(PATH, ctx -> ctx.contentType("application/json").result(document));
  }

  static byte[] load() {
    try (InputStream in = JavalinOpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the web adapter's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
