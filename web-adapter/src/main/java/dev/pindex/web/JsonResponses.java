package dev.pindex.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * Answers of the read paths, written by Jackson straight into the response as UTF-8 bytes. {@code
 * ctx.json} builds the whole body as a String, encodes it into a byte array and copies that into
 * the response: three copies of a page that may hold 10,000 prices, and a fifth of the CPU of a
 * one-year price read in JFR. Here a large page streams through Jetty's buffer as it is written; a
 * small one still fits the buffer and goes out with a {@code Content-Length}.
 *
 * <p>The writer is built once, from the API's one JSON configuration ({@link JsonMapping}), so the
 * bytes are those {@code ctx.json} would have sent. It neither flushes nor closes the response
 * (Jetty does when the handler returns): a flush would commit a small answer early as a chunked
 * one.
 */
final class JsonResponses {

  private static final ObjectWriter WRITER =
      JsonMapping.objectMapper()
          .writer()
          .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .without(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);

  private JsonResponses() {}

  /** Answers 200 (or the status already set) with {@code body} as JSON. */
  static void send(Context ctx, Object body) throws IOException {
    ctx.contentType(ContentType.APPLICATION_JSON);
    WRITER.writeValue(ctx.outputStream(), body);
  }
}
