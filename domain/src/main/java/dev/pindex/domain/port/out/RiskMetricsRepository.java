package dev.pindex.domain.port.out;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.RiskMetrics;
import dev.pindex.domain.model.UpsertCounts;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;

public interface RiskMetricsRepository {

  Page<RiskMetrics> findRange(DateRange range, Optional<LocalDate> after, PageLimit limit);

  /** The metrics of the newest date, if any are stored. */
  Optional<RiskMetrics> findLatest();

  /** All or nothing, like {@link PriceRepository#upsert}: a date twice is a bad row. */
  UpsertCounts upsert(Iterator<BulkRow<RiskMetrics>> rows);
}
