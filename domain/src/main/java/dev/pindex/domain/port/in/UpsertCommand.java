package dev.pindex.domain.port.in;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.Caller;
import java.util.Iterator;
import java.util.Objects;

/**
 * A bulk load: rows as they are read from the body. The body is consumed once, so a load is never
 * retried as a whole; it is all or nothing instead.
 */
public record UpsertCommand<T>(Caller caller, Iterator<BulkRow<T>> rows) {

  public UpsertCommand {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(rows, "rows");
  }
}
