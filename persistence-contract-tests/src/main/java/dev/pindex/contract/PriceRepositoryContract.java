package dev.pindex.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.PriceRepository;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UnitOfWork;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PriceRepository} promises, bulk loads above all: all or nothing, exact counts,
 * the first 100 bad rows by number, and concurrent loads that do not deadlock. A subclass supplies
 * the repositories over one store and the units of work they join; each test owns its assets.
 */
public abstract class PriceRepositoryContract {

  protected abstract Transactions transactions();

  protected abstract PriceRepository priceRepository();

  /** For the assets that prices belong to. */
  protected abstract AssetRepository assetRepository();

  private Transactions tx;
  private PriceRepository prices;
  private String prefix;
  private LocalDate day;
  private final ExecutorService loaders = Executors.newFixedThreadPool(4);

  @BeforeEach
  void wire() {
    tx = transactions();
    prices = priceRepository();
    prefix = Owned.symbolPrefix();
    day = Owned.days();
  }

  @AfterEach
  void stopLoaders() {
    loaders.shutdownNow();
  }

  private <T> T inUnit(UnitOfWork<T> work) {
    return tx.inTransaction(work);
  }

  private Asset asset(String suffix) {
    AssetRepository assets = assetRepository();
    return inUnit(
        () ->
            assets.create(new Symbol(prefix + suffix), new AssetDetails("Asset " + suffix, null)));
  }

  private static PriceRow row(Asset asset, LocalDate date, String close, long volume) {
    return new PriceRow(asset.symbol(), new Price(date, new BigDecimal(close), volume));
  }

  private UpsertCounts upsert(Body<PriceRow> body) {
    return inUnit(() -> prices.upsert(body.rows()));
  }

  private ValidationFailed refusal(Body<PriceRow> body) {
    return catchThrowableOfType(ValidationFailed.class, () -> upsert(body));
  }

  private Page<Price> findRange(
      Asset asset, DateRange range, Optional<LocalDate> after, int limit) {
    return inUnit(() -> prices.findRange(asset.symbol(), range, after, new PageLimit(limit)));
  }

  private List<Price> stored(Asset asset) {
    return findRange(asset, DateRange.all(), Optional.empty(), 10_000).items();
  }

  private static List<Price> pricesOf(List<PriceRow> rows) {
    return rows.stream().map(PriceRow::price).toList();
  }

  @Test
  void find_range_returns_the_assets_prices_by_date_with_both_bounds_included() {
    Asset a = asset("A");
    Asset b = asset("B");
    List<PriceRow> rows =
        IntStream.range(0, 5).mapToObj(i -> row(a, day.plusDays(i), "10." + i, i)).toList();
    upsert(Body.of(rows).valid(row(b, day.plusDays(2), "99", 9)));

    Page<Price> page =
        findRange(a, new DateRange(day.plusDays(1), day.plusDays(3)), Optional.empty(), 10);

    assertThat(page.items())
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactlyElementsOf(pricesOf(rows.subList(1, 4)));
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void find_range_pages_by_date_without_gaps_or_repeats() {
    Asset a = asset("A");
    List<PriceRow> rows =
        IntStream.range(0, 7).mapToObj(i -> row(a, day.plusDays(2L * i), "1" + i, i)).toList();
    upsert(Body.of(rows));

    List<Price> seen = new ArrayList<>();
    Optional<LocalDate> after = Optional.empty();
    List<Boolean> more = new ArrayList<>();
    do {
      Page<Price> page = findRange(a, DateRange.all(), after, 3);
      seen.addAll(page.items());
      more.add(page.hasMore());
      after = Optional.of(page.items().get(page.items().size() - 1).date());
    } while (more.get(more.size() - 1));

    assertThat(seen)
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactlyElementsOf(pricesOf(rows));
    assertThat(more).containsExactly(true, true, false);
  }

  @Test
  void find_range_after_a_date_before_the_range_starts_with_the_range() {
    Asset a = asset("A");
    List<PriceRow> rows =
        IntStream.range(0, 4).mapToObj(i -> row(a, day.plusDays(i), "1" + i, i)).toList();
    upsert(Body.of(rows));

    Page<Price> page =
        findRange(
            a, new DateRange(day.plusDays(2), day.plusDays(9)), Optional.of(day.minusDays(5)), 10);

    assertThat(page.items())
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactlyElementsOf(pricesOf(rows.subList(2, 4)));
  }

  @Test
  void find_range_after_the_ranges_last_date_is_an_empty_last_page() {
    Asset a = asset("A");
    upsert(Body.of(List.of(row(a, day, "10", 1), row(a, day.plusDays(9), "19", 1))));

    Page<Price> atTheEnd =
        findRange(a, new DateRange(day, day.plusDays(3)), Optional.of(day.plusDays(3)), 10);
    Page<Price> pastTheEnd =
        findRange(a, new DateRange(day, day.plusDays(3)), Optional.of(day.plusDays(5)), 10);

    assertThat(atTheEnd.items()).isEmpty();
    assertThat(atTheEnd.hasMore()).isFalse();
    assertThat(pastTheEnd.items()).isEmpty();
    assertThat(pastTheEnd.hasMore()).isFalse();
  }

  @Test
  void find_range_without_prices_in_it_is_an_empty_last_page() {
    Asset a = asset("A");
    upsert(Body.of(List.of(row(a, day, "10", 1))));

    Page<Price> page =
        findRange(a, new DateRange(day.plusDays(1), day.plusDays(9)), Optional.empty(), 10);

    assertThat(page.items()).isEmpty();
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void find_range_of_a_symbol_no_asset_has_is_an_empty_last_page() {
    Asset a = asset("A");
    upsert(Body.of(List.of(row(a, day, "10", 1))));

    Page<Price> page =
        inUnit(
            () ->
                prices.findRange(
                    Owned.symbol(), DateRange.all(), Optional.empty(), new PageLimit(10)));

    assertThat(page.items()).isEmpty();
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void upsert_inserts_new_rows_updates_stored_ones_and_counts_each_exactly() {
    Asset a = asset("A");
    Asset b = asset("B");
    upsert(Body.of(List.of(row(a, day, "10", 1), row(a, day.plusDays(1), "11", 1))));

    UpsertCounts counts =
        upsert(
            Body.of(
                List.of(
                    row(a, day.plusDays(1), "21", 2),
                    row(a, day.plusDays(2), "22", 2),
                    row(b, day.plusDays(1), "31", 3),
                    row(a, day, "20", 2))));

    assertThat(counts).isEqualTo(new UpsertCounts(4, 2, 2));
    assertThat(stored(a))
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactly(
            new Price(day, new BigDecimal("20"), 2),
            new Price(day.plusDays(1), new BigDecimal("21"), 2),
            new Price(day.plusDays(2), new BigDecimal("22"), 2));
    assertThat(stored(b)).hasSize(1);
  }

  @Test
  void upsert_of_an_empty_body_counts_nothing() {
    assertThat(upsert(new Body<>())).isEqualTo(new UpsertCounts(0, 0, 0));
  }

  @Test
  void upsert_with_bad_rows_stores_nothing_and_lists_each_bad_row_by_number_in_order() {
    Asset a = asset("A");
    upsert(Body.of(List.of(row(a, day, "10", 1))));
    Symbol unknown = new Symbol(prefix + "X");
    Body<PriceRow> body =
        new Body<PriceRow>()
            .valid(row(a, day, "11", 1))
            .valid(new PriceRow(unknown, new Price(day, BigDecimal.ONE, 1)))
            .valid(row(a, day.plusDays(1), "12", 1))
            .unreadable("close must be greater than 0")
            .valid(row(a, day.plusDays(1), "13", 1))
            .valid(row(a, day.plusDays(2), "14", 1));

    ValidationFailed failure = refusal(body);

    assertThat(failure.violations()).extracting(Violation::row).containsExactly(2L, 4L, 5L);
    assertThat(failure.violations().get(0).message()).contains(unknown.value());
    assertThat(failure.violations().get(1).message()).isEqualTo("close must be greater than 0");
    assertThat(failure.violations().get(2).message()).contains("3");
    assertThat(failure.getMessage()).contains("3 rows");
    assertThat(stored(a))
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactly(new Price(day, new BigDecimal("10"), 1));
  }

  @Test
  void a_refused_load_stores_nothing_even_when_its_unit_of_work_goes_on_and_commits() {
    Asset a = asset("A");
    Body<PriceRow> body =
        new Body<PriceRow>().valid(row(a, day, "10", 1)).unreadable("close is not a number");

    ValidationFailed failure =
        inUnit(
            () -> catchThrowableOfType(ValidationFailed.class, () -> prices.upsert(body.rows())));

    assertThat(failure.violations()).extracting(Violation::row).containsExactly(2L);
    assertThat(stored(a)).isEmpty();
  }

  @Test
  void upsert_whose_rows_all_read_but_repeat_a_key_or_name_an_unknown_symbol_stores_nothing() {
    Asset a = asset("A");
    upsert(Body.of(List.of(row(a, day, "10", 1))));
    Body<PriceRow> keyTwice =
        Body.of(
            List.of(row(a, day, "11", 1), row(a, day.plusDays(1), "12", 1), row(a, day, "13", 1)));
    Body<PriceRow> unknownSymbol =
        Body.of(
            List.of(
                row(a, day, "11", 1),
                new PriceRow(new Symbol(prefix + "X"), new Price(day, BigDecimal.ONE, 1))));

    assertThat(refusal(keyTwice).violations())
        .containsExactly(Violation.ofRow(3, "repeats the symbol and date of row 1"));
    assertThat(refusal(unknownSymbol).violations())
        .containsExactly(Violation.ofRow(2, "no asset has the symbol " + prefix + "X"));
    assertThat(stored(a))
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactly(new Price(day, new BigDecimal("10"), 1));
  }

  @Test
  void a_refused_load_leaves_nothing_behind_in_a_unit_of_work_that_goes_on() {
    Asset a = asset("A");
    Body<PriceRow> keyTwice = Body.of(List.of(row(a, day, "1", 1), row(a, day, "2", 2)));

    UpsertCounts counts =
        inUnit(
            () -> {
              catchThrowableOfType(ValidationFailed.class, () -> prices.upsert(keyTwice.rows()));
              return prices.upsert(Body.of(List.of(row(a, day.plusDays(1), "3", 3))).rows());
            });

    assertThat(counts).isEqualTo(new UpsertCounts(1, 1, 0));
    assertThat(stored(a))
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactly(new Price(day.plusDays(1), new BigDecimal("3"), 3));
  }

  @Test
  void upsert_with_more_than_100_bad_rows_lists_exactly_the_first_100() {
    Asset a = asset("A");
    Symbol unknown = new Symbol(prefix + "X");
    Body<PriceRow> body = new Body<>();
    List<Long> badRows = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      LocalDate date = day.plusDays(i);
      long number = body.nextRow();
      switch (i % 4) {
        case 0 -> body.unreadable("volume is not a number");
        case 1 -> body.valid(new PriceRow(unknown, new Price(date, BigDecimal.ONE, 1)));
        case 2 -> body.valid(row(a, date, "1", 1));
        default -> body.valid(row(a, date.minusDays(1), "2", 1)); // the previous row's key
      }
      if (i % 4 != 2) {
        badRows.add(number);
      }
    }

    ValidationFailed failure = refusal(body);

    assertThat(failure.violations())
        .extracting(Violation::row)
        .containsExactlyElementsOf(badRows.subList(0, 100));
    assertThat(failure.getMessage()).contains("225 rows");
    assertThat(stored(a)).isEmpty();
  }

  @Test
  void a_few_thousand_rows_round_trip() {
    List<Asset> assets = List.of(asset("A"), asset("B"), asset("C"));
    List<PriceRow> rows = new ArrayList<>();
    for (Asset asset : assets) {
      for (int i = 0; i < 1000; i++) {
        rows.add(row(asset, day.plusDays(i), (100 + i) + "." + (i % 1000), i * 1000L));
      }
    }

    UpsertCounts counts = upsert(Body.of(rows));

    assertThat(counts).isEqualTo(new UpsertCounts(3000, 3000, 0));
    for (Asset asset : assets) {
      assertThat(stored(asset))
          .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
          .containsExactlyElementsOf(
              rows.stream()
                  .filter(r -> r.symbol().equals(asset.symbol()))
                  .map(PriceRow::price)
                  .toList());
    }
  }

  @Test
  void two_loads_in_one_unit_of_work_both_store() {
    Asset a = asset("A");

    List<UpsertCounts> counts =
        inUnit(
            () ->
                List.of(
                    prices.upsert(Body.of(List.of(row(a, day, "1", 1))).rows()),
                    prices.upsert(
                        Body.of(List.of(row(a, day, "2", 2), row(a, day.plusDays(1), "3", 3)))
                            .rows())));

    assertThat(counts).containsExactly(new UpsertCounts(1, 1, 0), new UpsertCounts(2, 1, 1));
    assertThat(stored(a)).hasSize(2);
  }

  @Test
  void concurrent_overlapping_loads_all_finish_and_leave_every_row_from_one_of_them()
      throws Exception {
    List<Asset> assets = List.of(asset("A"), asset("B"));
    int loads = 4;
    int days = 500;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<UpsertCounts>> results = new ArrayList<>();
    for (int load = 1; load <= loads; load++) {
      // every load writes the same keys, each in its own order, with its number as the values
      List<PriceRow> rows = new ArrayList<>();
      for (Asset asset : assets) {
        for (int i = 0; i < days; i++) {
          rows.add(row(asset, day.plusDays(i), Integer.toString(load), load));
        }
      }
      Collections.shuffle(rows, new Random(load));
      results.add(
          loaders.submit(
              () -> {
                start.await();
                return upsert(Body.of(rows));
              }));
    }

    start.countDown();
    long inserted = 0;
    for (Future<UpsertCounts> result : results) {
      UpsertCounts counts = result.get(60, TimeUnit.SECONDS);
      assertThat(counts.inserted() + counts.updated()).isEqualTo(2L * days);
      inserted += counts.inserted();
    }

    assertThat(inserted).isEqualTo(2L * days);
    for (Asset asset : assets) {
      assertThat(stored(asset))
          .hasSize(days)
          .allSatisfy(
              price -> {
                assertThat(price.volume()).isBetween(1L, (long) loads);
                assertThat(price.close()).isEqualByComparingTo(BigDecimal.valueOf(price.volume()));
              });
    }
  }
}
