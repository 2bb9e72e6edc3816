package dev.pindex.domain.port.out;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.UpsertCounts;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;

public interface IndexValueRepository {

  Page<IndexValue> findRange(DateRange range, Optional<LocalDate> after, PageLimit limit);

  /** All or nothing, like {@link PriceRepository#upsert}: a date twice is a bad row. */
  UpsertCounts upsert(Iterator<BulkRow<IndexValue>> rows);
}
