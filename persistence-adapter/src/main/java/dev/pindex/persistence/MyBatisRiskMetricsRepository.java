package dev.pindex.persistence;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.RiskMetrics;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.out.RiskMetricsRepository;
import dev.pindex.persistence.mapper.RiskMetricsMapper;
import dev.pindex.persistence.mapper.RiskMetricsRow;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The index's daily risk figures in PostgreSQL, in the caller's unit of work; bulk loads use COPY.
 */
public final class MyBatisRiskMetricsRepository implements RiskMetricsRepository {

  // the staging table is RiskMetricsMapper.createStaging's; writeColumns below follows these
  // columns
  private static final List<String> STAGING_COLUMNS =
      List.of(
          "row_no",
          "date",
          "sharpe_ratio",
          "sortino_ratio",
          "volatility",
          "max_drawdown",
          "var_95");

  private final RiskMetricsMapper mapper;
  private final PostgresBulkUpsert<RiskMetrics> bulk;

  public MyBatisRiskMetricsRepository(MyBatisTransactions transactions) {
    this.mapper = transactions.mapper(RiskMetricsMapper.class);
    this.bulk =
        new PostgresBulkUpsert<>(
            transactions,
            new StagingTable<>(
                "risk_metrics_staging",
                STAGING_COLUMNS,
                () -> {
                  mapper.dropStaging();
                  mapper.createStaging();
                },
                (metrics, copy) ->
                    copy.date(metrics.date())
                        .number(metrics.sharpeRatio())
                        .number(metrics.sortinoRatio())
                        .number(metrics.volatility())
                        .number(metrics.maxDrawdown())
                        .number(metrics.var95()),
                badRows ->
                    badRows.addFound(
                        mapper.findRepeatedKeys(BadRows.REPORTED),
                        row -> "repeats the date of row " + row.firstRowNo()),
                Optional.empty(),
                mapper::mergeStaging,
                mapper::mergeStaging));
  }

  @Override
  public Page<RiskMetrics> findRange(DateRange range, Optional<LocalDate> after, PageLimit limit) {
    return Page.fromOverfetch(
        mapper.findRange(range.from(), range.to(), after.orElse(null), limit.value()).stream()
            .map(MyBatisRiskMetricsRepository::toRiskMetrics)
            .toList(),
        limit.value());
  }

  @Override
  public Optional<RiskMetrics> findLatest() {
    return mapper.findLatest().map(MyBatisRiskMetricsRepository::toRiskMetrics);
  }

  @Override
  public UpsertCounts upsert(Iterator<BulkRow<RiskMetrics>> rows) {
    return bulk.upsert(rows);
  }

  private static RiskMetrics toRiskMetrics(RiskMetricsRow row) {
    return new RiskMetrics(
        row.date(),
        row.sharpeRatio(),
        row.sortinoRatio(),
        row.volatility(),
        row.maxDrawdown(),
        row.var95());
  }
}
