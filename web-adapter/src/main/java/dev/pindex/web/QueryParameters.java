package dev.pindex.web;

import io.javalin.http.Context;
import io.javalin.router.EndpointMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The query parameters one endpoint accepts. Any other name, or one given twice, is refused with
 * 400: a misspelt {@code form=} would otherwise silently widen a query to everything. Attached to
 * the endpoint as metadata, so the OpenAPI test can hold the document to it.
 */
record QueryParameters(Set<String> names) implements EndpointMetadata {

  QueryParameters {
    names = Set.copyOf(names);
  }

  void check(Context ctx) {
    List<Problem.Error> errors = new ArrayList<>();
    ctx.queryParamMap()
        .forEach(
            (name, values) -> {
              if (!names.contains(name)) {
                errors.add(new Problem.Error(name, null, "is not a parameter of this endpoint"));
              } else if (values.size() > 1) {
                errors.add(new Problem.Error(name, null, "must be given at most once"));
              }
            });
    if (!errors.isEmpty()) {
      throw new BadRequest("The query names unknown or repeated parameters.", errors);
    }
  }
}
