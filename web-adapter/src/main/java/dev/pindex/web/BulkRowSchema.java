package dev.pindex.web;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.web.dto.FieldChecks;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one row of a bulk body is, whatever the body's format: the wire record a reader fills (from
 * a JSON element, or from a CSV line whose header names {@code csvColumns}) and its translation
 * into a domain value, where the rules live.
 *
 * @param wireType the record a JSON element maps onto
 * @param csvColumns the CSV header, exactly: the column names in order
 * @param fromCsv builds the wire record from a CSV line's fields, in {@code csvColumns}' order
 * @param toDomain translates the wire record, throwing {@link ValidationFailed} for broken rules
 */
record BulkRowSchema<W, T>(
    Class<W> wireType,
    List<String> csvColumns,
    Function<CsvFields, W> fromCsv,
    Function<W, T> toDomain) {

  BulkRowSchema {
    Objects.requireNonNull(wireType, "wireType");
    csvColumns = List.copyOf(csvColumns);
    Objects.requireNonNull(fromCsv, "fromCsv");
    Objects.requireNonNull(toDomain, "toDomain");
  }

  /** The row numbered {@code number}: its value, or the rules it breaks in one line. */
  BulkRow<T> row(long number, W wire) {
    try {
      return BulkRow.valid(number, toDomain.apply(wire));
    } catch (ValidationFailed e) {
      return BulkRow.invalid(number, FieldChecks.describe(e.violations()));
    }
  }

  /** The CSV line numbered {@code number}, whose fields match {@code csvColumns} in number. */
  BulkRow<T> csvRow(long number, List<String> fields) {
    CsvFields converted = new CsvFields(csvColumns, fields);
    W wire = fromCsv.apply(converted);
    if (!converted.problems().isEmpty()) {
      return BulkRow.invalid(number, String.join("; ", converted.problems()));
    }
    return row(number, wire);
  }
}
