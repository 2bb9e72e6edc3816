package dev.pindex.web;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the client's {@code X-Request-Id} when it is a sane token, else a new
 * one. It is echoed on the response and put in the logging MDC for every line logged while serving.
 */
final class RequestIds {

  static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = "request_id";
  private static final String ATTRIBUTE = "pindex.request-id";
  // a client's id is logged and echoed: accept only what cannot forge log lines or headers
  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  static void assign(Context ctx) {
    String offered = ctx.header(HEADER);
    String id = offered != null && ACCEPTED.matcher(offered).matches() ? offered : newId();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
    MDC.put(MDC_KEY, id);
  }

  /**
   * A random (version 4) UUID from the thread's own generator. An id only correlates log lines and
   * answers, it guards nothing, so it needs no cryptographic generator: {@code UUID.randomUUID()}
   * draws from one shared {@code SecureRandom} that every request thread queued on.
   */
  static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
    return new UUID(high, low).toString();
  }

  static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id != null ? id : "unknown";
  }
}
