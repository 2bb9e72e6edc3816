package dev.pindex.persistence;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.out.PriceRepository;
import dev.pindex.persistence.mapper.PriceMapper;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Daily prices in PostgreSQL, in the caller's unit of work; bulk loads go through COPY. */
public final class MyBatisPriceRepository implements PriceRepository {

  // the staging table is PriceMapper.createStaging's; writeColumns below follows these columns
  private static final List<String> STAGING_COLUMNS =
      List.of("row_no", "symbol", "date", "close", "volume");

  private final PriceMapper mapper;
  private final PostgresBulkUpsert<PriceRow> bulk;

  public MyBatisPriceRepository(MyBatisTransactions transactions) {
    this.mapper = transactions.mapper(PriceMapper.class);
    this.bulk =
        new PostgresBulkUpsert<>(
            transactions,
            new StagingTable<>(
                "price_staging",
                STAGING_COLUMNS,
                () -> {
                  mapper.dropStaging();
                  mapper.createStaging();
                },
                (row, copy) ->
                    copy.text(row.symbol().value())
                        .date(row.price().date())
                        .number(row.price().close())
                        .number(row.price().volume()),
                this::findBadStagedRows,
                Optional.of(mapper::lockReferencedAssets),
                mapper::mergeStaging,
                mapper::mergeStagingInKeyOrder));
  }

  @Override
  public Page<Price> findRange(
      Symbol symbol, DateRange range, Optional<LocalDate> after, PageLimit limit) {
    return Page.fromOverfetch(
        mapper
            .findRange(symbol.value(), range.from(), range.to(), after.orElse(null), limit.value())
            .stream()
            .map(row -> new Price(row.date(), row.close(), row.volume()))
            .toList(),
        limit.value());
  }

  @Override
  public UpsertCounts upsert(Iterator<BulkRow<PriceRow>> rows) {
    return bulk.upsert(rows);
  }

  private void findBadStagedRows(BadRows badRows) {
    badRows.addFound(
        mapper.findUnknownSymbols(BadRows.REPORTED),
        row -> "no asset has the symbol " + row.symbol());
    badRows.addFound(
        mapper.findRepeatedKeys(BadRows.REPORTED),
        row -> "repeats the symbol and date of row " + row.firstRowNo());
  }
}
