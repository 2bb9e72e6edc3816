package dev.pindex.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import dev.pindex.domain.port.out.IndexValueRepository;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UnitOfWork;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IndexValueRepository} promises. A subclass supplies the repository over one
 * store and the units of work it joins; each test owns its dates.
 */
public abstract class IndexValueRepositoryContract {

  protected abstract Transactions transactions();

  protected abstract IndexValueRepository indexValueRepository();

  private Transactions tx;
  private IndexValueRepository indexValues;
  private LocalDate day;

  @BeforeEach
  void wire() {
    tx = transactions();
    indexValues = indexValueRepository();
    day = Owned.days();
  }

  private <T> T inUnit(UnitOfWork<T> work) {
    return tx.inTransaction(work);
  }

  private IndexValue value(int dayOffset, String value) {
    return new IndexValue(day.plusDays(dayOffset), new BigDecimal(value));
  }

  private UpsertCounts upsert(Body<IndexValue> body) {
    return inUnit(() -> indexValues.upsert(body.rows()));
  }

  private Page<IndexValue> findRange(DateRange range, Optional<LocalDate> after, int limit) {
    return inUnit(() -> indexValues.findRange(range, after, new PageLimit(limit)));
  }

  /** The values of this test's days. */
  private List<IndexValue> stored() {
    return findRange(new DateRange(day, day.plusDays(Owned.DAYS - 1)), Optional.empty(), 10_000)
        .items();
  }

  @Test
  void find_range_returns_values_by_date_with_both_bounds_included() {
    List<IndexValue> values = IntStream.range(0, 5).mapToObj(i -> value(i, "100." + i)).toList();
    upsert(Body.of(values));

    Page<IndexValue> page =
        findRange(new DateRange(day.plusDays(1), day.plusDays(3)), Optional.empty(), 10);

    assertThat(page.items())
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactlyElementsOf(values.subList(1, 4));
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void find_range_pages_by_date_without_gaps_or_repeats() {
    List<IndexValue> values = IntStream.range(0, 5).mapToObj(i -> value(3 * i, "1" + i)).toList();
    upsert(Body.of(values));
    DateRange range = new DateRange(day, day.plusDays(20));

    Page<IndexValue> first = findRange(range, Optional.empty(), 2);
    Page<IndexValue> second = findRange(range, Optional.of(first.items().get(1).date()), 2);
    Page<IndexValue> third = findRange(range, Optional.of(second.items().get(1).date()), 2);

    List<IndexValue> seen = new ArrayList<>(first.items());
    seen.addAll(second.items());
    seen.addAll(third.items());
    assertThat(seen)
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactlyElementsOf(values);
    assertThat(List.of(first.hasMore(), second.hasMore(), third.hasMore()))
        .containsExactly(true, true, false);
  }

  @Test
  void upsert_inserts_new_dates_updates_stored_ones_and_counts_each_exactly() {
    upsert(Body.of(List.of(value(0, "100"), value(1, "101"))));

    UpsertCounts counts =
        upsert(Body.of(List.of(value(2, "202"), value(1, "201"), value(3, "203"))));

    assertThat(counts).isEqualTo(new UpsertCounts(3, 2, 1));
    assertThat(stored())
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactly(value(0, "100"), value(1, "201"), value(2, "202"), value(3, "203"));
  }

  @Test
  void upsert_whose_rows_all_read_but_repeat_a_date_stores_nothing() {
    upsert(Body.of(List.of(value(0, "100"))));
    Body<IndexValue> dateTwice =
        Body.of(List.of(value(0, "200"), value(1, "201"), value(1, "301")));

    ValidationFailed failure =
        catchThrowableOfType(ValidationFailed.class, () -> upsert(dateTwice));

    assertThat(failure.violations())
        .containsExactly(Violation.ofRow(3, "repeats the date of row 2"));
    assertThat(stored())
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactly(value(0, "100"));
  }

  @Test
  void upsert_with_a_date_twice_or_an_unreadable_row_stores_nothing_and_lists_them_in_order() {
    upsert(Body.of(List.of(value(0, "100"))));
    Body<IndexValue> body =
        new Body<IndexValue>()
            .valid(value(0, "200"))
            .valid(value(1, "201"))
            .unreadable("value is not a number")
            .valid(value(1, "301"))
            .valid(value(2, "202"));

    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> upsert(body));

    assertThat(failure.violations()).extracting(Violation::row).containsExactly(3L, 4L);
    assertThat(failure.violations().get(1).message()).contains("2");
    assertThat(stored())
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactly(value(0, "100"));
  }

  @Test
  void a_refused_load_stores_nothing_even_when_its_unit_of_work_goes_on_and_commits() {
    Body<IndexValue> body = new Body<IndexValue>().valid(value(0, "100")).valid(value(0, "101"));

    ValidationFailed failure =
        inUnit(
            () ->
                catchThrowableOfType(
                    ValidationFailed.class, () -> indexValues.upsert(body.rows())));

    assertThat(failure.violations()).extracting(Violation::row).containsExactly(2L);
    assertThat(stored()).isEmpty();
  }

  @Test
  void upsert_with_more_than_100_bad_rows_lists_exactly_the_first_100() {
    Body<IndexValue> body = new Body<>();
    List<Long> badRows = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      // every date twice: each second row is bad
      body.valid(value(i, "1"));
      badRows.add(body.nextRow());
      body.valid(value(i, "2"));
    }

    ValidationFailed failure = catchThrowableOfType(ValidationFailed.class, () -> upsert(body));

    assertThat(failure.violations())
        .extracting(Violation::row)
        .containsExactlyElementsOf(badRows.subList(0, 100));
    assertThat(stored()).isEmpty();
  }

  @Test
  void a_few_thousand_values_round_trip() {
    List<IndexValue> values =
        IntStream.range(0, 3000).mapToObj(i -> value(i, i + ".123456")).toList();

    UpsertCounts counts = upsert(Body.of(values));

    assertThat(counts).isEqualTo(new UpsertCounts(3000, 3000, 0));
    assertThat(stored())
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactlyElementsOf(values);
  }
}
