package dev.pindex.domain.port.in;

import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.UpsertCounts;

public interface IndexValuesUseCase {

  Page<IndexValue> list(ListDatedQuery query);

  /**
   * {@code Forbidden} for non-admins; {@code ValidationFailed} listing bad rows, storing nothing.
   */
  UpsertCounts upsert(UpsertCommand<IndexValue> command);
}
