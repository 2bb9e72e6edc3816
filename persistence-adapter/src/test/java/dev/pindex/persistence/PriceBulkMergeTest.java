package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.contract.Body;
import dev.pindex.contract.Owned;
import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.model.UpsertCounts;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the price contract cannot see of the MyBatis merge, as a superuser (foreign keys checked
 * once per asset, see {@link BulkReferenceChecks}) and as an application role (row by row): stored
 * rows whose values do not change are not rewritten; an asset a load refers to cannot be deleted
 * before the load ends; a load whose new keys another load inserts meanwhile waits for it and
 * updates them instead of failing; and triggers are off for the merge only, only where the role may
 * turn them off, with the references locked exactly then.
 */
class PriceBulkMergeTest {

  private static MigratedStore superuser;
  private static MigratedStore applicationRole;

  @BeforeAll
  static void openStores() {
    superuser = MigratedStore.create("bulk_merge");
    applicationRole = MigratedStore.asApplicationRole("bulk_merge_role");
  }

  @AfterAll
  static void closeStores() {
    superuser.close();
    applicationRole.close();
  }

  private static MigratedStore store(String role) {
    return role.equals("superuser") ? superuser : applicationRole;
  }

  private static Asset asset(MigratedStore store) {
    MyBatisAssetRepository assets = new MyBatisAssetRepository(store.transactions);
    return store.transactions.inTransaction(
        () -> assets.create(new Symbol(Owned.symbolPrefix() + "M"), new AssetDetails("M", null)));
  }

  private static List<PriceRow> rows(Asset asset, LocalDate first, int count, String close) {
    return IntStream.range(0, count)
        .mapToObj(i -> row(asset, first.plusDays(i), close, i))
        .toList();
  }

  private static PriceRow row(Asset asset, LocalDate date, String close, long volume) {
    return new PriceRow(asset.symbol(), new Price(date, new BigDecimal(close), volume));
  }

  private static UpsertCounts load(MigratedStore store, List<PriceRow> rows) {
    MyBatisPriceRepository prices = new MyBatisPriceRepository(store.transactions);
    return store.transactions.inTransaction(() -> prices.upsert(Body.of(rows).rows()));
  }

  /** Each stored row's version (xmin) and updated_at, by date. */
  private static List<String> versions(MigratedStore store, Asset asset) {
    return store.database.column(
        "SELECT date || ' ' || xmin || ' ' || updated_at FROM prices WHERE asset_id = "
            + asset.id()
            + " ORDER BY date");
  }

  @ParameterizedTest
  @ValueSource(strings = {"superuser", "application role"})
  void a_load_rewrites_only_the_stored_rows_it_changes_and_counts_every_stored_row_updated(
      String role) {
    MigratedStore store = store(role);
    Asset asset = asset(store);
    LocalDate day = Owned.days();
    load(store, rows(asset, day, 4, "10"));
    List<String> before = versions(store, asset);
    List<PriceRow> twoChanged =
        List.of(
            row(asset, day, "10", 0),
            row(asset, day.plusDays(1), "11", 1),
            row(asset, day.plusDays(2), "10", 99),
            // the same numeric value as 10
            row(asset, day.plusDays(3), "10.000000", 3));

    UpsertCounts counts = load(store, twoChanged);

    assertThat(counts).isEqualTo(new UpsertCounts(4, 0, 4));
    List<String> after = versions(store, asset);
    assertThat(after.get(0)).isEqualTo(before.get(0));
    assertThat(after.get(1)).isNotEqualTo(before.get(1));
    assertThat(after.get(2)).isNotEqualTo(before.get(2));
    assertThat(after.get(3)).isEqualTo(before.get(3));
    assertThat(
            store.database.column(
                "SELECT close || ' ' || volume FROM prices WHERE asset_id = "
                    + asset.id()
                    + " ORDER BY date"))
        .containsExactly("10.000000 0", "11.000000 1", "10.000000 99", "10.000000 3");
  }

  @ParameterizedTest
  @ValueSource(strings = {"superuser", "application role"})
  void an_asset_a_load_refers_to_cannot_be_deleted_before_the_load_ends(String role)
      throws Exception {
    MigratedStore store = store(role);
    Asset asset = asset(store);
    HeldLoad load = new HeldLoad(store, rows(asset, Owned.days(), 3, "5"));

    try (Connection admin = store.database.dataSource().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("SET lock_timeout = '300ms'");
      assertThatThrownBy(() -> statement.execute("DELETE FROM assets WHERE id = " + asset.id()))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("lock timeout");
      assertThat(load.commit()).isEqualTo(new UpsertCounts(3, 3, 0));
      assertThatThrownBy(() -> statement.execute("DELETE FROM assets WHERE id = " + asset.id()))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("fk_prices_asset");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"superuser", "application role"})
  void a_load_whose_new_keys_another_load_inserts_meanwhile_updates_them_after_it(String role)
      throws Exception {
    MigratedStore store = store(role);
    Asset asset = asset(store);
    LocalDate day = Owned.days();
    HeldLoad first = new HeldLoad(store, rows(asset, day, 5, "1"));
    CompletableFuture<UpsertCounts> second =
        CompletableFuture.supplyAsync(() -> load(store, rows(asset, day, 5, "2")));
    // the second load's merge is then waiting on the first's uncommitted rows
    Thread.sleep(300);
    assertThat(second).isNotDone();

    assertThat(first.commit()).isEqualTo(new UpsertCounts(5, 5, 0));
    assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(new UpsertCounts(5, 0, 5));
    assertThat(
            store.database.column(
                "SELECT DISTINCT close FROM prices WHERE asset_id = " + asset.id()))
        .containsExactly("2.000000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"superuser", "application role"})
  void a_load_chosen_as_a_deadlock_victim_while_merging_in_key_order_gives_way_and_merges_again(
      String role) throws Exception {
    MigratedStore store = store(role);
    Asset asset = asset(store);
    LocalDate day = Owned.days();
    load(store, rows(asset, day, 2, "1"));
    try (Connection inserting = store.database.dataSource().getConnection();
        Connection locking = store.database.dataSource().getConnection()) {
      inserting.setAutoCommit(false);
      locking.setAutoCommit(false);
      execute(inserting, INSERT_PRICE, asset.id(), day.plusDays(2));
      // the load then finds the deadlock below first (after the server's 1 s) and is its victim
      execute(locking, "SET LOCAL deadlock_timeout = '10s'");
      execute(locking, TOUCH_PRICE, asset.id(), day.plusDays(1));
      CompletableFuture<UpsertCounts> loaded =
          CompletableFuture.supplyAsync(() -> load(store, rows(asset, day, 3, "2")));
      // the load's fast merge waits on the uncommitted new day, then fails on its key once that
      // commits, and merges again in key order: it takes the first day and waits for the second
      Thread.sleep(300);
      inserting.commit();
      Thread.sleep(300);
      assertThat(loaded).isNotDone();
      CompletableFuture<Void> tookTheFirstDay =
          CompletableFuture.runAsync(() -> execute(locking, TOUCH_PRICE, asset.id(), day));

      tookTheFirstDay.get(30, TimeUnit.SECONDS);
      locking.commit();
      assertThat(loaded.get(30, TimeUnit.SECONDS)).isEqualTo(new UpsertCounts(3, 0, 3));
    }
    assertThat(
            store.database.column(
                "SELECT DISTINCT close FROM prices WHERE asset_id = " + asset.id()))
        .containsExactly("2.000000");
  }

  private static final String INSERT_PRICE =
      "INSERT INTO prices (asset_id, date, close, volume) VALUES (?, ?, 7, 7)";
  // locks the row without changing it
  private static final String TOUCH_PRICE =
      "UPDATE prices SET volume = volume WHERE asset_id = ? AND date = ?";

  private static void execute(Connection connection, String sql, Object... parameters) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The replication role before, during and after each of two merges, and the locks taken. */
  private static List<String> twoMerges(MigratedStore store) {
    BulkReferenceChecks checks = new BulkReferenceChecks();
    return store.transactions.inTransaction(
        () -> {
          Connection connection = store.transactions.connection();
          List<String> seen = new ArrayList<>();
          for (int merge = 0; merge < 2; merge++) {
            seen.add(replicationRole(connection));
            seen.add(
                checks.during(
                    connection, () -> seen.add("locked"), () -> replicationRole(connection)));
            seen.add(replicationRole(connection));
          }
          return seen;
        });
  }

  private static String replicationRole(Connection connection) {
    try (Statement statement = connection.createStatement();
        ResultSet setting = statement.executeQuery("SHOW session_replication_role")) {
      setting.next();
      return setting.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_superuser_merges_with_triggers_off_and_its_references_locked_then_has_them_back() {
    assertThat(twoMerges(superuser))
        .containsExactly(
            "origin", "locked", "replica", "origin", "origin", "locked", "replica", "origin");
  }

  @Test
  void a_role_that_may_not_turn_triggers_off_merges_with_them_and_its_unit_goes_on() {
    assertThat(twoMerges(applicationRole))
        .containsExactly("origin", "origin", "origin", "origin", "origin", "origin");
  }

  /** A load in a unit of work on another thread, held open once loaded until it is committed. */
  private static final class HeldLoad {

    private final CountDownLatch loaded = new CountDownLatch(1);
    private final CountDownLatch committing = new CountDownLatch(1);
    private final CompletableFuture<UpsertCounts> counts;

    HeldLoad(MigratedStore store, List<PriceRow> rows) {
      MyBatisPriceRepository prices = new MyBatisPriceRepository(store.transactions);
      counts =
          CompletableFuture.supplyAsync(
              () ->
                  store.transactions.inTransaction(
                      () -> {
                        UpsertCounts upserted = prices.upsert(Body.of(rows).rows());
                        loaded.countDown();
                        Latches.await(committing);
                        return upserted;
                      }));
      Latches.await(loaded);
    }

    UpsertCounts commit() throws Exception {
      committing.countDown();
      return counts.get(30, TimeUnit.SECONDS);
    }
  }
}
