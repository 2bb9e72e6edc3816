package dev.pindex.domain.service;

import static dev.pindex.domain.fake.FakeTransactions.Kind.IN_IDEMPOTENT_TRANSACTION;
import static dev.pindex.domain.fake.FakeTransactions.Kind.IN_TRANSACTION;
import static dev.pindex.domain.fake.FakeTransactions.Kind.READ_ONLY;
import static dev.pindex.domain.testdata.TestData.admin;
import static dev.pindex.domain.testdata.TestData.details;
import static dev.pindex.domain.testdata.TestData.symbol;
import static dev.pindex.domain.testdata.TestData.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.fake.FakeTransactions.Unit;
import dev.pindex.domain.fake.Fakes;
import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.Forbidden;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.port.in.CreateAssetCommand;
import dev.pindex.domain.port.in.ListAssetsQuery;
import dev.pindex.domain.port.in.UpdateAssetCommand;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssetServiceTest {

  private final Fakes fakes = new Fakes();
  private final AssetService service = new AssetService(fakes.transactions, fakes.assets);

  @Test
  void list_answers_one_page_of_a_sector_by_symbol_from_a_read_only_unit() {
    fakes.assets.seed(symbol("MSFT"), details("Microsoft", "Tech"));
    fakes.assets.seed(symbol("AAPL"), details("Apple", "Tech"));
    fakes.assets.seed(symbol("KO"), details("Coca-Cola", "Staples"));
    fakes.assets.seed(symbol("NVDA"), details("Nvidia", "Tech"));

    Page<Asset> page =
        service.list(new ListAssetsQuery(Optional.of("Tech"), Optional.empty(), new PageLimit(2)));

    assertThat(page.items())
        .extracting(Asset::symbol)
        .containsExactly(symbol("AAPL"), symbol("MSFT"));
    assertThat(page.hasMore()).isTrue();
    assertThat(fakes.transactions.units()).containsExactly(Unit.of(READ_ONLY, "assets.list"));
  }

  @Test
  void get_answers_the_asset_from_a_read_only_unit() {
    Asset stored = fakes.assets.seed(symbol("AAPL"), details("Apple", "Tech"));

    assertThat(service.get(symbol("aapl"))).isEqualTo(stored);
    assertThat(fakes.transactions.units())
        .containsExactly(Unit.of(READ_ONLY, "assets.findBySymbol"));
  }

  @Test
  void get_of_an_absent_asset_is_not_found_naming_the_symbol() {
    assertThatThrownBy(() -> service.get(symbol("ABC")))
        .isInstanceOf(NotFound.class)
        .hasMessage("No asset with symbol ABC.");
  }

  @Test
  void an_admin_creates_an_asset_in_a_transaction_that_is_never_retried() {
    Asset created =
        service.create(admin(), new CreateAssetCommand(symbol("AAPL"), details("Apple", "Tech")));

    assertThat(fakes.assets.stored(symbol("AAPL"))).contains(created);
    assertThat(fakes.transactions.units())
        .containsExactly(Unit.of(IN_TRANSACTION, "assets.create"));
  }

  @Test
  void creating_a_symbol_that_exists_is_a_conflict() {
    fakes.assets.seed(symbol("AAPL"), details("Apple", "Tech"));

    assertThatThrownBy(
            () ->
                service.create(
                    admin(), new CreateAssetCommand(symbol("AAPL"), details("Other", null))))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void an_admin_updates_an_asset_in_a_retryable_unit() {
    fakes.assets.seed(symbol("AAPL"), details("Apple", "Tech"));

    Asset updated =
        service.update(
            admin(), new UpdateAssetCommand(symbol("AAPL"), details("Apple Inc.", "Hardware")));

    assertThat(updated.details()).isEqualTo(details("Apple Inc.", "Hardware"));
    assertThat(fakes.assets.stored(symbol("AAPL"))).contains(updated);
    assertThat(fakes.transactions.units())
        .containsExactly(Unit.of(IN_IDEMPOTENT_TRANSACTION, "assets.update"));
  }

  @Test
  void updating_an_absent_asset_is_not_found_naming_the_symbol() {
    assertThatThrownBy(
            () ->
                service.update(
                    admin(), new UpdateAssetCommand(symbol("ABC"), details("Nobody", null))))
        .isInstanceOf(NotFound.class)
        .hasMessage("No asset with symbol ABC.");
  }

  @Test
  void an_admin_deletes_an_asset_in_a_transaction_that_is_never_retried() {
    fakes.assets.seed(symbol("AAPL"), details("Apple", "Tech"));

    service.delete(admin(), symbol("AAPL"));

    assertThat(fakes.assets.stored(symbol("AAPL"))).isEmpty();
    assertThat(fakes.transactions.units())
        .containsExactly(Unit.of(IN_TRANSACTION, "assets.delete"));
  }

  @Test
  void deleting_an_absent_asset_is_not_found() {
    assertThatThrownBy(() -> service.delete(admin(), symbol("ABC"))).isInstanceOf(NotFound.class);
  }

  static Stream<Arguments> assetWrites() {
    return Stream.of(
        write(
            "create",
            (AssetService service) ->
                service.create(
                    user(7), new CreateAssetCommand(symbol("NEW"), details("New", null)))),
        write(
            "update",
            (AssetService service) ->
                service.update(
                    user(7), new UpdateAssetCommand(symbol("AAPL"), details("Changed", null)))),
        write("delete", (AssetService service) -> service.delete(user(7), symbol("AAPL"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("assetWrites")
  void a_non_admin_cannot_write_assets_and_nothing_is_touched(
      String name, Consumer<AssetService> write) {
    List<Asset> before = List.of(fakes.assets.seed(symbol("AAPL"), details("Apple", "Tech")));

    assertThatThrownBy(() -> write.accept(service)).isInstanceOf(Forbidden.class);

    assertThat(fakes.assets.all()).isEqualTo(before);
    assertThat(fakes.transactions.units()).isEmpty();
  }

  private static Arguments write(String name, Consumer<AssetService> write) {
    return Arguments.of(name, write);
  }
}
