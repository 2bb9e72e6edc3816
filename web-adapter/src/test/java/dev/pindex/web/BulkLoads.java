package dev.pindex.web;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import dev.pindex.domain.port.in.UpsertCommand;
import java.util.ArrayList;
import java.util.List;

/** What a bulk use case does with its rows, for the fakes: admins only, all or nothing. */
final class BulkLoads {

  private BulkLoads() {}

  /** The valid rows' values; {@link ValidationFailed} listing the first 100 invalid rows. */
  static <T> List<T> drain(UpsertCommand<T> command) {
    command.caller().requireAdmin();
    List<T> values = new ArrayList<>();
    List<Violation> invalid = new ArrayList<>();
    long bad = 0;
    while (command.rows().hasNext()) {
      BulkRow<T> row = command.rows().next();
      if (row.isValid()) {
        values.add(row.value());
      } else if (++bad <= 100) {
        invalid.add(Violation.ofRow(row.number(), row.problem()));
      }
    }
    if (bad > 0) {
      throw new ValidationFailed(bad + " rows are invalid; nothing was stored.", invalid);
    }
    return values;
  }
}
