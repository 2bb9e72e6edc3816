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
import java.util.Optional;

/** The index's daily values in PostgreSQL, in the caller's unit of work; bulk loads use COPY. */
public final class MyBatisIndexValueRepository implements IndexValueRepository {

  // the staging table is IndexValueMapper.createStaging's; the fields follow writeColumns below
  private static final String COPY_INTO_STAGING =
      "COPY index_value_staging (row_no, date, value) FROM STDIN (FORMAT csv)";

  private final IndexValueMapper mapper;
  private final PostgresBulkUpsert<IndexValue> bulk;

  public MyBatisIndexValueRepository(MyBatisTransactions transactions) {
    this.mapper = transactions.mapper(IndexValueMapper.class);
    this.bulk =
        new PostgresBulkUpsert<>(
            transactions,
            new StagingTable<>(
                () -> {
                  mapper.dropStaging();
                  mapper.createStaging();
                },
                COPY_INTO_STAGING,
                (value, csv) -> csv.date(value.date()).number(value.value()),
                badRows ->
                    badRows.addFound(
                        mapper.findRepeatedKeys(BadRows.REPORTED),
                        row -> "repeats the date of row " + row.firstRowNo()),
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
