package dev.pindex.web;

import dev.pindex.domain.model.BulkRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads a CSV body (RFC 4180, see {@link CsvRecords}) line by line: only the current line is ever
 * in memory. The first line is the header and must name the schema's columns exactly, in order; it
 * is not a row, so the line after it is row 1. A line with the wrong number of fields, broken
 * quoting or a field that does not convert becomes an invalid row, and reading goes on.
 */
final class CsvBulkReader implements BulkBodyReader {

  static final String CSV = "text/csv";

  @Override
  public String mediaType() {
    return CSV;
  }

  @Override
  public <W, T> Iterator<BulkRow<T>> rows(InputStream body, BulkRowSchema<W, T> schema)
      throws IOException {
    CsvRecords records = new CsvRecords(body);
    if (!records.next() || !records.fields().equals(schema.csvColumns())) {
      throw BadRequest.malformedBody(
          "The CSV body must start with the header " + String.join(",", schema.csvColumns()) + ".");
    }
    return new Rows<>(records, schema);
  }

  private static final class Rows<W, T> implements Iterator<BulkRow<T>> {

    private final CsvRecords records;
    private final BulkRowSchema<W, T> schema;
    private long number;
    private boolean lineAhead;
    private boolean finished;

    Rows(CsvRecords records, BulkRowSchema<W, T> schema) {
      this.records = records;
      this.schema = schema;
    }

    @Override
    public boolean hasNext() {
      if (!lineAhead && !finished) {
        try {
          lineAhead = records.next();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        finished = !lineAhead;
      }
      return lineAhead;
    }

    @Override
    public BulkRow<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      lineAhead = false;
      number++;
      List<String> fields = records.fields();
      if (records.problem() != null) {
        return BulkRow.invalid(number, records.problem());
      }
      int expected = schema.csvColumns().size();
      if (fields.size() != expected) {
        return BulkRow.invalid(
            number,
            "has "
                + fields.size()
                + (fields.size() == 1 ? " field" : " fields")
                + " where the header has "
                + expected);
      }
      return schema.csvRow(number, fields);
    }
  }
}
