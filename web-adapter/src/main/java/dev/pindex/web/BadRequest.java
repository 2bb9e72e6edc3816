package dev.pindex.web;

import dev.pindex.domain.model.ValidationFailed;
import java.util.List;

/**
 * The request is malformed: a query, path or header value that does not parse or lies out of range,
 * an unknown query parameter, a forged cursor, or a body that is not what the endpoint reads at
 * all. Bodies that break a business rule are {@link ValidationFailed} (422) instead.
 */
final class BadRequest extends WebRefusal {

  private static final String REQUEST_LINE = "bad-request";
  private static final String BODY = "malformed-body";

  private final String kind;
  private final List<Problem.Error> errors;

  BadRequest(String detail, List<Problem.Error> errors) {
    this(REQUEST_LINE, detail, errors);
  }

  private BadRequest(String kind, String detail, List<Problem.Error> errors) {
    super(detail);
    this.kind = kind;
    this.errors = List.copyOf(errors);
  }

  /** The body as a whole is not what the endpoint reads, e.g. not a JSON array. */
  static BadRequest malformedBody(String detail) {
    return new BadRequest(BODY, detail, List.of());
  }

  /** One parameter is wrong: the detail and the single field error say the same. */
  static BadRequest of(String parameter, String message) {
    return new BadRequest(
        parameter + " " + message, List.of(new Problem.Error(parameter, null, message)));
  }

  /** A value object refused a parameter's value: the same violations, now a request-line fault. */
  static BadRequest of(ValidationFailed invalid) {
    return new BadRequest(
        invalid.getMessage(),
        invalid.violations().stream()
            .map(v -> new Problem.Error(v.field(), v.row(), v.message()))
            .toList());
  }

  /**
   * The problem type's slug: {@code bad-request} for the request line, else {@code malformed-body}.
   */
  String kind() {
    return kind;
  }

  List<Problem.Error> errors() {
    return errors;
  }
}
