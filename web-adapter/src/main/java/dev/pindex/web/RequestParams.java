package dev.pindex.web;

import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import dev.pindex.web.dto.WireDates;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Query and path values turned into domain values. Anything wrong here is a fault of the request
 * line, so it answers 400 even where a value object's rule refused it (limit=0, from after to); 422
 * is kept for bodies that break business rules.
 */
final class RequestParams {

  private RequestParams() {}

  /**
   * The value of a query parameter; an empty value counts as absent, as forms send it. Control
   * characters are refused: no stored text holds one, and PostgreSQL refuses a NUL outright, which
   * would otherwise come back as a database fault.
   */
  static Optional<String> query(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw BadRequest.of(name, "must not contain control characters");
    }
    return Optional.of(value.strip());
  }

  static Optional<LocalDate> queryDate(Context ctx, String name) {
    return query(ctx, name).map(text -> parse(name, text, WireDates::parse));
  }

  static Optional<Integer> queryInteger(Context ctx, String name) {
    return query(ctx, name).map(text -> parse(name, text, RequestParams::integer));
  }

  /** {@code from} and {@code to}, both optional and inclusive. */
  static DateRange queryRange(Context ctx) {
    Optional<LocalDate> from = queryDate(ctx, "from");
    Optional<LocalDate> to = queryDate(ctx, "to");
    return valid(() -> DateRange.between(from.orElse(null), to.orElse(null)));
  }

  static Symbol pathSymbol(Context ctx) {
    return parse("symbol", ctx.pathParam("symbol"), Symbol::new);
  }

  static LocalDate pathDate(Context ctx, String name) {
    return parse(name, ctx.pathParam(name), WireDates::parse);
  }

  /** A database id: a positive integer. */
  static long pathId(Context ctx, String name) {
    String text = ctx.pathParam(name);
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below, as for zero and negatives
    }
    throw BadRequest.of(name, "must be a positive integer");
  }

  /** Runs a value object's own check, turning its refusal into a request-line one. */
  static <T> T valid(Supplier<T> build) {
    try {
      return build.get();
    } catch (ValidationFailed e) {
      throw BadRequest.of(e);
    }
  }

  private static <T> T parse(String name, String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (ValidationFailed e) {
      throw BadRequest.of(name, e.violations().get(0).message());
    }
  }

  private static int integer(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw ValidationFailed.of(Violation.ofField("integer", "must be an integer"));
    }
  }
}
