package dev.pindex.memory;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.out.IndexValueRepository;
import dev.pindex.memory.BulkLoad.Keyed;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;

/** The index's daily values in memory, in the caller's unit of work, one per date. */
public final class InMemoryIndexValueRepository implements IndexValueRepository {

  private final Tables tables;

  public InMemoryIndexValueRepository(InMemoryTransactions transactions) {
    this.tables = transactions.tables();
  }

  @Override
  public Page<IndexValue> findRange(DateRange range, Optional<LocalDate> after, PageLimit limit) {
    return DatedPages.page(tables.indexValues.rows(), range.from(), range.to(), after, limit);
  }

  @Override
  public UpsertCounts upsert(Iterator<BulkRow<IndexValue>> rows) {
    return BulkLoad.upsert(
        rows, value -> Keyed.of(value.date(), value), "the date", tables.indexValues);
  }
}
