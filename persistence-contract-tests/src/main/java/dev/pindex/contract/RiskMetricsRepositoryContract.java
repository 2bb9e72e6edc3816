package dev.pindex.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.RiskMetrics;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import dev.pindex.domain.port.out.RiskMetricsRepository;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UnitOfWork;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RiskMetricsRepository} promises. A subclass supplies the repository over one
 * store and the units of work it joins; each test owns its dates.
 */
public abstract class RiskMetricsRepositoryContract {

  protected abstract Transactions transactions();

  protected abstract RiskMetricsRepository riskMetricsRepository();

  private Transactions tx;
  private RiskMetricsRepository riskMetrics;
  private LocalDate day;

  @BeforeEach
  void wire() {
    tx = transactions();
    riskMetrics = riskMetricsRepository();
    day = Owned.days();
  }

  private <T> T inUnit(UnitOfWork<T> work) {
    return tx.inTransaction(work);
  }

  /** Figures of a date that differ by {@code level}, within every column's rule. */
  private static RiskMetrics metrics(LocalDate date, int level) {
    return new RiskMetrics(
        date,
        new BigDecimal("1.2345678901").add(BigDecimal.valueOf(level)),
        new BigDecimal("-0.5").subtract(BigDecimal.valueOf(level)),
        new BigDecimal("0.18").add(BigDecimal.valueOf(level, 2)),
        new BigDecimal("-0.35"),
        new BigDecimal("-0.0212345678"));
  }

  private RiskMetrics metrics(int dayOffset, int level) {
    return metrics(day.plusDays(dayOffset), level);
  }

  private UpsertCounts upsert(Body<RiskMetrics> body) {
    return inUnit(() -> riskMetrics.upsert(body.rows()));
  }

  private Page<RiskMetrics> findRange(DateRange range, Optional<LocalDate> after, int limit) {
    return inUnit(() -> riskMetrics.findRange(range, after, new PageLimit(limit)));
  }

  private List<RiskMetrics> stored() {
    return findRange(new DateRange(day, day.plusDays(Owned.DAYS - 1)), Optional.empty(), 10_000)
        .items();
  }

  @Test
  void find_range_returns_metrics_by_date_with_both_bounds_included() {
    List<RiskMetrics> rows = IntStream.range(0, 5).mapToObj(i -> metrics(i, i)).toList();
    upsert(Body.of(rows));

    Page<RiskMetrics> page =
        findRange(new DateRange(day.plusDays(1), day.plusDays(3)), Optional.empty(), 10);

    assertThat(page.items())
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactlyElementsOf(rows.subList(1, 4));
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void find_range_continues_after_the_given_date() {
    List<RiskMetrics> rows = IntStream.range(0, 4).mapToObj(i -> metrics(i, i)).toList();
    upsert(Body.of(rows));
    DateRange range = new DateRange(day, day.plusDays(3));

    Page<RiskMetrics> first = findRange(range, Optional.empty(), 2);
    Page<RiskMetrics> second = findRange(range, Optional.of(day.plusDays(1)), 2);

    assertThat(first.items()).extracting(RiskMetrics::date).containsExactly(day, day.plusDays(1));
    assertThat(first.hasMore()).isTrue();
    assertThat(second.items())
        .extracting(RiskMetrics::date)
        .containsExactly(day.plusDays(2), day.plusDays(3));
    assertThat(second.hasMore()).isFalse();
  }

  @Test
  void find_latest_returns_the_metrics_of_the_newest_date() {
    // no other test owns the latest date, so these are the store's newest metrics
    RiskMetrics newest = metrics(DateRange.LATEST, 7);
    upsert(Body.of(List.of(metrics(0, 1), newest)));

    assertThat(inUnit(() -> riskMetrics.findLatest()))
        .get()
        .usingRecursiveComparison(Numerically.EQUAL)
        .isEqualTo(newest);
  }

  @Test
  void upsert_inserts_new_dates_updates_stored_ones_and_counts_each_exactly() {
    upsert(Body.of(List.of(metrics(0, 0), metrics(1, 0))));

    UpsertCounts counts = upsert(Body.of(List.of(metrics(1, 5), metrics(2, 5))));

    assertThat(counts).isEqualTo(new UpsertCounts(2, 1, 1));
    assertThat(stored())
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactly(metrics(0, 0), metrics(1, 5), metrics(2, 5));
  }

  @Test
  void upsert_with_a_date_twice_or_an_unreadable_row_stores_nothing_and_lists_them_in_order() {
    Body<RiskMetrics> body =
        new Body<RiskMetrics>()
            .unreadable("volatility must not be negative")
            .valid(metrics(0, 1))
            .valid(metrics(1, 1))
            .valid(metrics(0, 2));

    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> upsert(body));

    assertThat(failure.violations()).extracting(Violation::row).containsExactly(1L, 4L);
    assertThat(stored()).isEmpty();
  }

  @Test
  void a_refused_load_stores_nothing_even_when_its_unit_of_work_goes_on_and_commits() {
    Body<RiskMetrics> body =
        new Body<RiskMetrics>().valid(metrics(0, 1)).unreadable("sharpe_ratio is not a number");

    ValidationFailed failure =
        inUnit(
            () ->
                catchThrowableOfType(
                    ValidationFailed.class, () -> riskMetrics.upsert(body.rows())));

    assertThat(failure.violations()).extracting(Violation::row).containsExactly(2L);
    assertThat(stored()).isEmpty();
  }

  @Test
  void a_thousand_rows_round_trip() {
    List<RiskMetrics> rows = IntStream.range(0, 1000).mapToObj(i -> metrics(i, i % 50)).toList();

    assertThat(upsert(Body.of(rows))).isEqualTo(new UpsertCounts(1000, 1000, 0));
    assertThat(stored())
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactlyElementsOf(rows);
  }
}
