package dev.pindex.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.DomainException;
import dev.pindex.domain.model.Forbidden;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.PreconditionFailed;
import dev.pindex.domain.model.Unauthenticated;
import dev.pindex.domain.model.Unavailable;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where outcomes become HTTP: domain exceptions, the framework's own refusals and
 * unexpected failures all leave as RFC 9457 problem bodies. Only messages written for clients are
 * sent; anything unexpected is logged with the request id, which the body carries instead.
 */
final class ProblemMapper {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

  void addTo(RoutesConfig routes) {
    routes.exception(DomainException.class, this::domainOutcome);
    routes.exception(WebRefusal.class, this::webRefusal);
    routes.exception(IOException.class, this::unreadableBody);
    // bulk bodies are read inside an Iterator, which can only throw unchecked
    routes.exception(UncheckedIOException.class, (e, ctx) -> unreadableBody(e.getCause(), ctx));
    routes.exception(HttpResponseException.class, this::frameworkRefusal);
    routes.exception(Exception.class, this::unexpected);
    routes.error(404, ctx -> fillIfEmpty(ctx, "No resource at this path."));
    routes.error(405, ctx -> fillIfEmpty(ctx, "This path does not accept this method."));
  }

  private void domainOutcome(DomainException e, Context ctx) {
    if (e instanceof NotFound) {
      write(ctx, 404, "not-found", e.getMessage(), List.of());
    } else if (e instanceof Conflict) {
      write(ctx, 409, "conflict", e.getMessage(), List.of());
    } else if (e instanceof ValidationFailed invalid) {
      write(ctx, 422, "validation-failed", e.getMessage(), errors(invalid.violations()));
    } else if (e instanceof PreconditionFailed) {
      write(ctx, 412, "precondition-failed", e.getMessage(), List.of());
    } else if (e instanceof Unauthenticated) {
      ctx.header("WWW-Authenticate", "Bearer");
      write(ctx, 401, "unauthenticated", e.getMessage(), List.of());
    } else if (e instanceof Forbidden) {
      write(ctx, 403, "forbidden", e.getMessage(), List.of());
    } else if (e instanceof Unavailable unavailable) {
      LOG.warn("answered 503: {}", e.getMessage(), e);
      ctx.header("Retry-After", retryAfterSeconds(unavailable.retryAfter()));
      write(ctx, 503, "unavailable", e.getMessage(), List.of());
    } else {
      unexpected(e, ctx);
    }
  }

  private void webRefusal(WebRefusal e, Context ctx) {
    if (e instanceof BadRequest bad) {
      write(ctx, 400, bad.kind(), e.getMessage(), bad.errors());
    } else if (e instanceof UnsupportedMediaType) {
      write(ctx, 415, "unsupported-media-type", e.getMessage(), List.of());
    } else if (e instanceof TooManyRequests tooMany) {
      ctx.header("Retry-After", retryAfterSeconds(tooMany.retryAfter()));
      write(ctx, 429, "too-many-requests", e.getMessage(), List.of());
    } else {
      unexpected(e, ctx);
    }
  }

  /**
   * A body that could not be read: too large (413), or not JSON of the expected shape (400, told in
   * words of our own: Jackson's messages can quote the input and name Java classes).
   */
  private void unreadableBody(IOException e, Context ctx) {
    if (e instanceof JsonMappingException mapping
        && mapping.getCause() instanceof IOException cause
        && !(cause instanceof JsonMappingException)) {
      // broken syntax or a failed read met while mapping a field: the cause is the story
      unreadableBody(cause, ctx);
    } else if (e instanceof BodyTooLarge tooLarge) {
      write(
          ctx,
          413,
          "content-too-large",
          "The body is larger than the " + tooLarge.limitBytes() + " bytes this server accepts.",
          List.of());
    } else if (e instanceof EOFException) {
      // the body stopped short of its Content-Length or its chunked encoding broke: the client's
      // fault, like broken JSON (the server's own "early EOF" is an EOFException)
      write(ctx, 400, "malformed-body", "The body ended before it was complete.", List.of());
    } else if (e instanceof JsonMappingException mapping) {
      String field = JsonErrors.path(mapping);
      if (field.isEmpty()) {
        write(ctx, 400, "malformed-body", "The body must be one JSON object.", List.of());
      } else {
        String message = JsonErrors.expectation(mapping);
        write(
            ctx,
            400,
            "malformed-body",
            field + " " + message + ".",
            List.of(new Problem.Error(field, null, message)));
      }
    } else if (e instanceof JsonProcessingException syntax) {
      write(ctx, 400, "malformed-body", JsonErrors.syntaxDetail(syntax), List.of());
    } else {
      unexpected(e, ctx);
    }
  }

  private void frameworkRefusal(HttpResponseException e, Context ctx) {
    // the framework's message may quote input or internals: send the status's own phrase
    int status = e.getStatus();
    write(ctx, status, slug(status), HttpStatus.forStatus(status).getMessage() + ".", List.of());
  }

  private void unexpected(Exception e, Context ctx) {
    LOG.error("unexpected failure serving {} {}", ctx.method(), ctx.path(), e);
    Problem problem =
        new Problem(
            "/problems/internal-error",
            "Internal Server Error",
            500,
            "The request failed unexpectedly; quote the correlation id when reporting it.",
            ctx.path(),
            RequestIds.of(ctx),
            null);
    respond(ctx, problem);
  }

  private static void fillIfEmpty(Context ctx, String detail) {
    String contentType = ctx.res().getContentType();
    if (contentType == null || !contentType.startsWith(Problem.CONTENT_TYPE)) {
      int status = ctx.statusCode();
      write(ctx, status, slug(status), detail, List.of());
    }
  }

  private static void write(
      Context ctx, int status, String slug, String detail, List<Problem.Error> errors) {
    Problem problem =
        new Problem(
            "/problems/" + slug,
            HttpStatus.forStatus(status).getMessage(),
            status,
            detail,
            ctx.path(),
            null,
            errors.isEmpty() ? null : errors);
    respond(ctx, problem);
  }

  private static void respond(Context ctx, Problem problem) {
    ctx.status(problem.status()).json(problem).contentType(Problem.CONTENT_TYPE);
  }

  private static List<Problem.Error> errors(List<Violation> violations) {
    return violations.stream()
        .map(v -> new Problem.Error(v.field(), v.row(), v.message()))
        .toList();
  }

  private static String retryAfterSeconds(Duration retryAfter) {
    long millis = retryAfter.toMillis();
    return Long.toString(Math.max(1, (millis + 999) / 1000));
  }

  private static String slug(int status) {
    return HttpStatus.forStatus(status).getMessage().toLowerCase().replace(' ', '-');
  }
}
