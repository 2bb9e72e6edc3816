package dev.pindex.web;

import io.javalin.http.Context;
import java.util.UUID;
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
    String id =
        offered != null && ACCEPTED.matcher(offered).matches()
            ? offered
            : UUID.randomUUID().toString();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
    MDC.put(MDC_KEY, id);
  }

  static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id != null ? id : "unknown";
  }
}
