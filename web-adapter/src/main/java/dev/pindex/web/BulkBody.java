package dev.pindex.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.javalin.router.EndpointMetadata;

/**
 * Marks an endpoint that takes a bulk body: it is streamed row by row into the database, so it may
 * be as large as the bulk limit allows, while every other body is held to the small limit.
 */
enum BulkBody implements EndpointMetadata {
  ACCEPTED;

  /** True when the request matched an endpoint registered with this mark. */
  static boolean accepted(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    return endpoint != null && endpoint.metadata(BulkBody.class) != null;
  }
}
