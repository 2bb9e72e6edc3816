package dev.pindex.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.pindex.domain.model.BulkRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads a JSON array of row objects element by element with Jackson's streaming parser: only the
 * current element is ever in memory. An element of the wrong shape becomes an invalid row and
 * reading resumes at the next element; broken syntax ends the body.
 */
final class JsonBulkReader implements BulkBodyReader {

  @Override
  public String mediaType() {
    return RequestBodies.JSON;
  }

  @Override
  public <W, T> Iterator<BulkRow<T>> rows(InputStream body, BulkRowSchema<W, T> schema)
      throws IOException {
    JsonParser parser = JsonMapping.BODIES.createParser(body);
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      parser.close();
      throw BadRequest.malformedBody("The body must be a JSON array of rows.");
    }
    // positioned inside the array, the iterator treats it as the sequence and its elements
    // as the values, recovering after an element that does not map
    parser.clearCurrentToken();
    MappingIterator<W> elements =
        JsonMapping.BODIES.readerFor(schema.wireType()).readValues(parser);
    return new Rows<>(parser, elements, schema);
  }

  private static final class Rows<W, T> implements Iterator<BulkRow<T>> {

    private final JsonParser parser;
    private final MappingIterator<W> elements;
    private final BulkRowSchema<W, T> schema;
    private long number;
    private boolean finished;

    Rows(JsonParser parser, MappingIterator<W> elements, BulkRowSchema<W, T> schema) {
      this.parser = parser;
      this.elements = elements;
      this.schema = schema;
    }

    @Override
    public boolean hasNext() {
      if (finished) {
        return false;
      }
      try {
        if (elements.hasNextValue()) {
          return true;
        }
        finish();
        return false;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public BulkRow<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      number++;
      try {
        W wire = elements.nextValue();
        return wire == null
            ? BulkRow.invalid(number, "must be a JSON object")
            : schema.row(number, wire);
      } catch (JsonMappingException e) {
        if (e.getCause() instanceof IOException cause && !(cause instanceof JsonMappingException)) {
          // broken syntax or a failed read inside an element ends the body, not just the row
          throw new UncheckedIOException(cause);
        }
        return BulkRow.invalid(number, JsonErrors.rowMessage(e));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** After the closing bracket nothing may follow but whitespace. */
    private void finish() throws IOException {
      finished = true;
      try (parser) {
        if (parser.nextToken() != null) {
          throw BadRequest.malformedBody("The body must hold nothing after the array.");
        }
      }
    }
  }
}
