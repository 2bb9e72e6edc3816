package dev.pindex.web;

import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads request bodies within the server's size limit. Bodies are read as streams, never whole into
 * memory first: a declared Content-Length over the limit is refused before reading, and a chunked
 * body is cut off as soon as it passes the limit.
 */
final class RequestBodies {

  static final String JSON = "application/json";
  private static final String LIMIT_ATTRIBUTE = "pindex.max-body-bytes";

  private RequestBodies() {}

  /**
   * Runs before every matched request: remembers its route's limit and refuses a body declared too
   * large.
   */
  static void limitTo(long maxBytes, Context ctx) throws BodyTooLarge {
    ctx.attribute(LIMIT_ATTRIBUTE, maxBytes);
    if (ctx.req().getContentLengthLong() > maxBytes) {
      throw new BodyTooLarge(maxBytes);
    }
  }

  /** The body as one JSON value of the given type; Jackson's failures are mapped to 400. */
  static <T> T json(Context ctx, Class<T> type) throws IOException {
    requireMediaType(ctx, JSON);
    T value;
    try (InputStream body = open(ctx)) {
      value = JsonMapping.BODIES.readValue(body, type);
    }
    // Jackson reads a bare null as a null object, which no route can use
    if (value == null) {
      throw BadRequest.malformedBody("The body must be one JSON object.");
    }
    return value;
  }

  /** The body's bytes, failing with {@link BodyTooLarge} once more than the limit is read. */
  static InputStream open(Context ctx) {
    Long limit = ctx.attribute(LIMIT_ATTRIBUTE);
    if (limit == null) {
      throw new IllegalStateException("bodies are read only on a WebServer, which sets the limit");
    }
    return new LimitedInputStream(ctx.bodyInputStream(), limit);
  }

  /** The Content-Type without parameters, lower-cased; empty when the request names none. */
  static String mediaType(Context ctx) {
    String contentType = ctx.contentType();
    if (contentType == null) {
      return "";
    }
    int parameters = contentType.indexOf(';');
    String type = parameters < 0 ? contentType : contentType.substring(0, parameters);
    return type.strip().toLowerCase(Locale.ROOT);
  }

  private static void requireMediaType(Context ctx, String expected) {
    if (!mediaType(ctx).equals(expected)) {
      throw new UnsupportedMediaType("This endpoint reads " + expected + " bodies.");
    }
  }

  /** Counts what is read and stops at the limit, for bodies sent without a Content-Length. */
  private static final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long consumed;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) throws BodyTooLarge {
      consumed += n;
      if (consumed > limit) {
        throw new BodyTooLarge(limit);
      }
    }
  }
}
