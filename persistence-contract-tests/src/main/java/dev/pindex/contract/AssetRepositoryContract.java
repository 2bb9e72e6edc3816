package dev.pindex.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.model.AllocationTarget;
import dev.pindex.domain.model.AllocationTargets;
import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.model.Weight;
import dev.pindex.domain.port.out.AllocationRepository;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.PriceRepository;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UnitOfWork;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AssetRepository} promises. A subclass supplies the repositories over one store
 * and the units of work they join; each test owns its symbols and sectors.
 */
public abstract class AssetRepositoryContract {

  protected abstract Transactions transactions();

  protected abstract AssetRepository assetRepository();

  /** For the tests of assets that prices refer to. */
  protected abstract PriceRepository priceRepository();

  /** For the tests of assets that allocations refer to. */
  protected abstract AllocationRepository allocationRepository();

  private final ExecutorService creators = Executors.newFixedThreadPool(2);
  private Transactions tx;
  private AssetRepository assets;

  @BeforeEach
  void wire() {
    tx = transactions();
    assets = assetRepository();
  }

  @AfterEach
  void stopCreators() {
    creators.shutdownNow();
  }

  private <T> T inUnit(UnitOfWork<T> work) {
    return tx.inTransaction(work);
  }

  private Asset create(Symbol symbol, AssetDetails details) {
    return inUnit(() -> assets.create(symbol, details));
  }

  private Optional<Asset> find(Symbol symbol) {
    return inUnit(() -> assets.findBySymbol(symbol));
  }

  private void delete(Symbol symbol) {
    inUnit(
        () -> {
          assets.delete(symbol);
          return null;
        });
  }

  private Page<Asset> list(Optional<String> sector, Optional<Symbol> after, int limit) {
    return inUnit(() -> assets.list(sector, after, new PageLimit(limit)));
  }

  @Test
  void create_stores_the_asset_with_an_id_and_timestamps() {
    Symbol symbol = Owned.symbol();
    AssetDetails details = new AssetDetails("Acme Corp", "Industrials");

    Asset created = create(symbol, details);

    assertThat(created.symbol()).isEqualTo(symbol);
    assertThat(created.details()).isEqualTo(details);
    assertThat(created.updatedAt()).isEqualTo(created.createdAt());
    assertThat(find(symbol)).contains(created);
  }

  @Test
  void an_asset_without_a_sector_is_stored_without_one() {
    Symbol symbol = Owned.symbol();

    create(symbol, new AssetDetails("Acme Corp", null));

    assertThat(find(symbol)).get().extracting(asset -> asset.details().sector()).isNull();
  }

  @Test
  void create_with_a_taken_symbol_is_a_conflict_naming_it_and_keeps_the_first_asset() {
    Symbol symbol = Owned.symbol();
    Asset first = create(symbol, new AssetDetails("First", null));

    assertThatThrownBy(() -> create(symbol, new AssetDetails("Second", null)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining(symbol.value());
    assertThat(find(symbol)).contains(first);
  }

  @Test
  void two_creates_of_one_symbol_at_once_store_one_asset_and_the_other_is_a_conflict()
      throws Exception {
    Symbol symbol = Owned.symbol();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Asset>> creates = new ArrayList<>();
    for (String name : List.of("First", "Second")) {
      creates.add(
          creators.submit(
              () -> {
                start.await();
                return create(symbol, new AssetDetails(name, null));
              }));
    }

    start.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (Future<Asset> create : creates) {
      try {
        outcomes.add(create.get(20, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        outcomes.add(e.getCause().getClass());
      }
    }

    assertThat(outcomes).filteredOn(Conflict.class::equals).hasSize(1);
    assertThat(outcomes).filteredOn(Asset.class::isInstance).containsExactly(find(symbol).get());
  }

  @Test
  void find_of_an_unknown_symbol_is_empty() {
    assertThat(find(Owned.symbol())).isEmpty();
  }

  @Test
  void update_replaces_name_and_sector_and_keeps_identity_and_creation_time() {
    Symbol symbol = Owned.symbol();
    Asset created = create(symbol, new AssetDetails("Old name", "Energy"));

    Optional<Asset> updated =
        inUnit(() -> assets.update(symbol, new AssetDetails("New name", null)));

    assertThat(updated)
        .get()
        .satisfies(
            asset -> {
              assertThat(asset.id()).isEqualTo(created.id());
              assertThat(asset.details()).isEqualTo(new AssetDetails("New name", null));
              assertThat(asset.createdAt()).isEqualTo(created.createdAt());
              assertThat(asset.updatedAt()).isAfterOrEqualTo(created.updatedAt());
            });
    assertThat(find(symbol)).isEqualTo(updated);
  }

  @Test
  void update_of_an_unknown_symbol_is_empty() {
    Symbol symbol = Owned.symbol();

    assertThat(inUnit(() -> assets.update(symbol, new AssetDetails("Name", null)))).isEmpty();
    assertThat(find(symbol)).isEmpty();
  }

  @Test
  void delete_removes_the_asset() {
    Symbol symbol = Owned.symbol();
    create(symbol, new AssetDetails("Doomed", null));

    delete(symbol);

    assertThat(find(symbol)).isEmpty();
  }

  @Test
  void delete_of_an_unknown_symbol_is_not_found() {
    assertThatThrownBy(() -> delete(Owned.symbol())).isInstanceOf(NotFound.class);
  }

  @Test
  void delete_of_an_asset_with_prices_is_a_conflict_naming_it_and_keeps_the_asset() {
    Symbol symbol = Owned.symbol();
    create(symbol, new AssetDetails("Priced", null));
    PriceRow price = new PriceRow(symbol, new Price(Owned.days(), BigDecimal.TEN, 100));
    inUnit(() -> priceRepository().upsert(Body.of(List.of(price)).rows()));

    assertThatThrownBy(() -> delete(symbol))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining(symbol.value());
    assertThat(find(symbol)).isPresent();
  }

  @Test
  void delete_of_an_asset_in_an_allocation_is_a_conflict_naming_it_and_keeps_the_asset() {
    Symbol symbol = Owned.symbol();
    create(symbol, new AssetDetails("Allocated", null));
    AllocationTargets everything =
        new AllocationTargets(List.of(new AllocationTarget(symbol, Weight.of("1"))));
    inUnit(() -> allocationRepository().replace(Owned.days(), everything));

    assertThatThrownBy(() -> delete(symbol))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining(symbol.value());
    assertThat(find(symbol)).isPresent();
  }

  @Test
  void list_walks_every_page_in_symbol_order_without_gaps_or_repeats() {
    String prefix = Owned.symbolPrefix();
    List<Symbol> symbols =
        Stream.of("E", "A", "D", "C", "B", "F", "G").map(s -> new Symbol(prefix + s)).toList();
    symbols.forEach(symbol -> create(symbol, new AssetDetails("Listed " + symbol, null)));

    // other tests' assets share the table; this test's sort together, right after the prefix
    List<Symbol> seen = new ArrayList<>();
    Optional<Symbol> after = Optional.of(new Symbol(prefix));
    boolean more = true;
    while (more) {
      Page<Asset> page = list(Optional.empty(), after, 2);
      List<Symbol> mine =
          page.items().stream()
              .map(Asset::symbol)
              .takeWhile(symbol -> symbol.value().startsWith(prefix))
              .toList();
      seen.addAll(mine);
      more = page.hasMore() && mine.size() == page.items().size();
      after = Optional.of(page.items().get(page.items().size() - 1).symbol());
    }

    assertThat(seen).containsExactlyElementsOf(symbols.stream().sorted().toList());
  }

  @Test
  void list_of_a_sector_pages_through_that_sectors_assets_only() {
    String sector = Owned.sector();
    String prefix = Owned.symbolPrefix();
    create(new Symbol(prefix + "D"), new AssetDetails("D", sector));
    create(new Symbol(prefix + "A"), new AssetDetails("A", sector));
    create(new Symbol(prefix + "B"), new AssetDetails("B", Owned.sector()));
    create(new Symbol(prefix + "C"), new AssetDetails("C", sector));
    create(new Symbol(prefix + "E"), new AssetDetails("E", null));

    Page<Asset> first = list(Optional.of(sector), Optional.empty(), 2);
    Page<Asset> second = list(Optional.of(sector), Optional.of(first.items().get(1).symbol()), 2);

    assertThat(first.items())
        .extracting(asset -> asset.symbol().value())
        .containsExactly(prefix + "A", prefix + "C");
    assertThat(first.hasMore()).isTrue();
    assertThat(second.items())
        .extracting(asset -> asset.symbol().value())
        .containsExactly(prefix + "D");
    assertThat(second.hasMore()).isFalse();
  }

  @Test
  void a_page_filled_exactly_by_the_last_items_says_that_no_more_follow() {
    String sector = Owned.sector();
    String prefix = Owned.symbolPrefix();
    Stream.of("A", "B", "C")
        .forEach(s -> create(new Symbol(prefix + s), new AssetDetails(s, sector)));

    Page<Asset> page = list(Optional.of(sector), Optional.empty(), 3);

    assertThat(page.items()).hasSize(3);
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void list_of_a_sector_without_assets_is_an_empty_last_page() {
    Page<Asset> page = list(Optional.of(Owned.sector()), Optional.empty(), 10);

    assertThat(page.items()).isEmpty();
    assertThat(page.hasMore()).isFalse();
  }
}
