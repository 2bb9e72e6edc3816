package dev.pindex.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pindex.domain.model.Allocation;
import dev.pindex.domain.model.AllocationItem;
import dev.pindex.domain.model.AllocationTarget;
import dev.pindex.domain.model.AllocationTargets;
import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import dev.pindex.domain.model.Weight;
import dev.pindex.domain.port.out.AllocationRepository;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UnitOfWork;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AllocationRepository} promises. A subclass supplies the repositories over one
 * store and the units of work they join; each test owns its assets and dates.
 */
public abstract class AllocationRepositoryContract {

  protected abstract Transactions transactions();

  protected abstract AllocationRepository allocationRepository();

  /** For the assets that allocations weigh. */
  protected abstract AssetRepository assetRepository();

  private Transactions tx;
  private AllocationRepository allocations;
  private String prefix;
  private LocalDate day;

  @BeforeEach
  void wire() {
    tx = transactions();
    allocations = allocationRepository();
    prefix = Owned.symbolPrefix();
    day = Owned.days();
  }

  private <T> T inUnit(UnitOfWork<T> work) {
    return tx.inTransaction(work);
  }

  /** A stored asset of this test, named after its symbol's suffix. */
  private Asset storedAsset(String suffix) {
    AssetRepository assets = assetRepository();
    return inUnit(
        () ->
            assets.create(new Symbol(prefix + suffix), new AssetDetails("Asset " + suffix, null)));
  }

  private Symbol asset(String suffix) {
    return storedAsset(suffix).symbol();
  }

  private static AllocationTargets targets(Object... symbolsAndWeights) {
    List<AllocationTarget> items = new ArrayList<>();
    for (int i = 0; i < symbolsAndWeights.length; i += 2) {
      items.add(
          new AllocationTarget(
              (Symbol) symbolsAndWeights[i], Weight.of((String) symbolsAndWeights[i + 1])));
    }
    return new AllocationTargets(items);
  }

  private static AllocationItem item(Asset asset, String weight) {
    return new AllocationItem(
        asset.symbol(), asset.id(), asset.details().name(), Weight.of(weight));
  }

  private Allocation replace(LocalDate date, AllocationTargets targets) {
    return inUnit(() -> allocations.replace(date, targets));
  }

  private Optional<Allocation> findAsOf(LocalDate date) {
    return inUnit(() -> allocations.findAsOf(date));
  }

  private static List<String> symbolsOf(Optional<Allocation> allocation) {
    return allocation.orElseThrow().items().stream().map(item -> item.symbol().value()).toList();
  }

  @Test
  void replace_stores_the_items_ordered_by_symbol_with_the_assets_ids_and_names() {
    Asset b = storedAsset("B");
    Asset a = storedAsset("A");
    Asset c = storedAsset("C");

    Allocation stored =
        replace(day, targets(c.symbol(), "0.2", a.symbol(), "0.5", b.symbol(), "0.3"));

    assertThat(stored.date()).isEqualTo(day);
    assertThat(stored.items())
        .usingRecursiveFieldByFieldElementComparator(Numerically.EQUAL)
        .containsExactly(item(a, "0.5"), item(b, "0.3"), item(c, "0.2"));
    assertThat(findAsOf(day)).contains(stored);
  }

  @Test
  void find_as_of_a_date_between_two_allocations_returns_the_older_one() {
    Symbol a = asset("A");
    Symbol b = asset("B");
    replace(day, targets(a, "1"));
    replace(day.plusDays(10), targets(b, "1"));

    assertThat(symbolsOf(findAsOf(day.plusDays(9)))).containsExactly(prefix + "A");
    assertThat(findAsOf(day.plusDays(9))).get().extracting(Allocation::date).isEqualTo(day);
  }

  @Test
  void find_as_of_the_exact_date_of_an_allocation_returns_it() {
    Symbol a = asset("A");
    Symbol b = asset("B");
    replace(day, targets(a, "1"));
    replace(day.plusDays(10), targets(b, "1"));

    assertThat(symbolsOf(findAsOf(day.plusDays(10)))).containsExactly(prefix + "B");
  }

  @Test
  void find_as_of_a_date_before_the_first_allocation_is_empty() {
    // owned dates start later, so this allocation is the store's first
    LocalDate first = Owned.FIRST_OWNED_DATE.minusYears(50);
    replace(first, targets(asset("A"), "1"));

    assertThat(findAsOf(first.minusDays(1))).isEmpty();
    assertThat(findAsOf(first)).isPresent();
  }

  @Test
  void find_newest_returns_the_allocation_of_the_latest_date() {
    // no other test owns the latest date, so this allocation is the store's newest
    replace(DateRange.LATEST, targets(asset("A"), "1"));

    assertThat(inUnit(() -> allocations.findNewest()))
        .get()
        .extracting(Allocation::date)
        .isEqualTo(DateRange.LATEST);
  }

  @Test
  void replace_swaps_the_whole_allocation_of_its_date_and_leaves_other_dates_alone() {
    Symbol a = asset("A");
    Symbol b = asset("B");
    Symbol c = asset("C");
    replace(day, targets(a, "0.5", b, "0.5"));
    Allocation dayBefore = replace(day.minusDays(1), targets(a, "1"));

    replace(day, targets(c, "1"));

    assertThat(symbolsOf(findAsOf(day))).containsExactly(prefix + "C");
    assertThat(findAsOf(day.minusDays(1))).contains(dayBefore);
  }

  @Test
  void replace_naming_unknown_symbols_fails_on_each_and_leaves_the_previous_allocation_intact() {
    Symbol a = asset("A");
    Allocation previous = replace(day, targets(a, "1"));
    Symbol unknown1 = new Symbol(prefix + "X");
    Symbol unknown2 = new Symbol(prefix + "Y");

    // the unit goes on and commits after the failure: nothing may have changed before it
    ValidationFailed failure =
        inUnit(
            () ->
                catchThrowableOfType(
                    ValidationFailed.class,
                    () ->
                        allocations.replace(
                            day, targets(unknown1, "0.25", a, "0.5", unknown2, "0.25"))));

    assertThat(failure.violations())
        .extracting(Violation::field)
        .containsExactly("items[0].symbol", "items[2].symbol");
    assertThat(failure.violations().get(0).message()).contains(unknown1.value());
    assertThat(failure.violations().get(1).message()).contains(unknown2.value());
    assertThat(findAsOf(day)).contains(previous);
  }

  @Test
  void two_replaces_of_one_date_at_once_leave_one_of_them_whole_not_a_mix() throws Exception {
    Symbol a = asset("A");
    Symbol b = asset("B");
    CountDownLatch firstWrote = new CountDownLatch(1);
    CompletableFuture<Allocation> first =
        CompletableFuture.supplyAsync(
            () ->
                inUnit(
                    () -> {
                      Allocation written = allocations.replace(day, targets(a, "1"));
                      firstWrote.countDown();
                      // keep the transaction open while the second replace starts
                      sleep(500);
                      return written;
                    }));
    assertThat(firstWrote.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Allocation> second =
        CompletableFuture.supplyAsync(() -> replace(day, targets(b, "1")));

    first.get(20, TimeUnit.SECONDS);
    second.get(20, TimeUnit.SECONDS);

    assertThat(symbolsOf(findAsOf(day))).containsExactly(prefix + "B");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
