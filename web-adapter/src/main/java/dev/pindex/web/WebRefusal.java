package dev.pindex.web;

/**
 * A request the web adapter refuses by itself, before or beside any use case: malformed parameters,
 * a body in a format it does not read, too many login attempts. These are HTTP matters, not
 * business outcomes, so they live here rather than in the domain's exception family; {@link
 * ProblemMapper} maps them with everything else.
 */
abstract sealed class WebRefusal extends RuntimeException
    permits BadRequest, UnsupportedMediaType, TooManyRequests {

  WebRefusal(String detail) {
    super(detail);
  }
}
