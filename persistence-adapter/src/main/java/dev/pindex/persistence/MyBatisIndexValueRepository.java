package dev.pindex.persistence;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.out.IndexValueRepository;
import dev.pindex.persistence.mapper.IndexValueMapper;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The index's daily values in PostgreSQL, in the caller's unit of work; bulk loads use COPY. */
public final class MyBatisIndexValueRepository implements IndexValueRepository {

  // the staging table is IndexValueMapper.createStaging's; writeColumns below follows these columns
  private static final List<String> STAGING_COLUMNS = List.of("row_no", "date", "value");

  private final IndexValueMapper mapper;
  private final PostgresBulkUpsert<IndexValue> bulk;

  public MyBatisIndexValueRepository(MyBatisTransactions transactions) {
    this.mapper = transactions.mapper(IndexValueMapper.class);
    this.bulk =
        new PostgresBulkUpsert<>(
            transactions,
            new StagingTable<>(
                "index_value_staging",
                STAGING_COLUMNS,
                () -> {
                  mapper.dropStaging();
                  mapper.createStaging();
                },
                (value, copy) -> copy.date(value.date()).number(value.value()),
                badRows ->
                    badRows.addFound(
                        mapper.findRepeatedKeys(BadRows.REPORTED),
                        row -> "repeats the date of row " + row.firstRowNo()),
                Optional.empty(),
                mapper::mergeStaging,
                mapper::mergeStaging));
  }

  @Override
  public Page<IndexValue> findRange(DateRange range, Optional<LocalDate> after, PageLimit limit) {
    return Page.fromOverfetch(
        mapper.findRange(range.from(), range.to(), after.orElse(null), limit.value()).stream()
            .map(row -> new IndexValue(row.date(), row.value()))
            .toList(),
        limit.value());
  }

  @Override
  public UpsertCounts upsert(Iterator<BulkRow<IndexValue>> rows) {
    return bulk.upsert(rows);
  }
}
