package dev.pindex.web;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.web.dto.FieldChecks;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one row of a bulk body is, whatever the body's format: the wire record a reader fills (from
 * a JSON element today, from a CSV line later) and its translation into a domain value.
 */
record BulkRowSchema<W, T>(Class<W> wireType, Function<W, T> toDomain) {

  BulkRowSchema {
    Objects.requireNonNull(wireType, "wireType");
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
}
