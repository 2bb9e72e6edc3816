package dev.pindex.domain.fake;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.out.IndexValueRepository;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

public final class FakeIndexValueRepository implements IndexValueRepository {

  private final FakeTransactions transactions;
  private final DatedRows<IndexValue> values = new DatedRows<>(IndexValue::date);

  public FakeIndexValueRepository(FakeTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Page<IndexValue> findRange(DateRange range, Optional<LocalDate> after, PageLimit limit) {
    transactions.read("indexValues.findRange");
    return values.findRange(range, after, limit);
  }

  @Override
  public UpsertCounts upsert(Iterator<BulkRow<IndexValue>> rows) {
    transactions.write("indexValues.upsert");
    return BulkLoads.allOrNothing(rows, value -> Optional.empty(), values::put);
  }

  /** Test inspection, outside any unit of work. */
  public List<IndexValue> stored() {
    return values.all();
  }
}
