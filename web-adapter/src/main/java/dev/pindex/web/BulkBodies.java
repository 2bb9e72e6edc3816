package dev.pindex.web;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.in.UpsertCommand;
import dev.pindex.web.dto.UpsertCountsJson;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks the reader for a bulk body by its Content-Type. A format is added by adding its reader
 * here; the routes and row schemas stay as they are.
 */
final class BulkBodies {

  private static final Map<String, BulkBodyReader> READERS =
      List.<BulkBodyReader>of(new JsonBulkReader(), new CsvBulkReader()).stream()
          .collect(Collectors.toUnmodifiableMap(BulkBodyReader::mediaType, Function.identity()));

  private BulkBodies() {}

  /** Streams the body's rows into a bulk load for the caller and answers what it counted. */
  static <W, T> void load(
      Context ctx,
      Caller caller,
      BulkRowSchema<W, T> schema,
      Function<UpsertCommand<T>, UpsertCounts> upsert)
      throws IOException {
    UpsertCounts counts = upsert.apply(new UpsertCommand<>(caller, rows(ctx, schema)));
    ctx.json(UpsertCountsJson.from(counts));
  }

  /** The body's rows, streamed; 415 when no reader accepts its Content-Type. */
  private static <W, T> Iterator<BulkRow<T>> rows(Context ctx, BulkRowSchema<W, T> schema)
      throws IOException {
    BulkBodyReader reader = READERS.get(RequestBodies.mediaType(ctx));
    if (reader == null) {
      throw new UnsupportedMediaType(
          "Bulk bodies are read as " + String.join(" or ", new TreeSet<>(READERS.keySet())) + ".");
    }
    return reader.rows(RequestBodies.open(ctx), schema);
  }
}
