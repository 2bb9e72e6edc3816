package dev.pindex.domain.service;

import static dev.pindex.domain.fake.FakeTransactions.Kind.IN_TRANSACTION;
import static dev.pindex.domain.fake.FakeTransactions.Kind.READ_ONLY;
import static dev.pindex.domain.testdata.TestData.admin;
import static dev.pindex.domain.testdata.TestData.day;
import static dev.pindex.domain.testdata.TestData.details;
import static dev.pindex.domain.testdata.TestData.price;
import static dev.pindex.domain.testdata.TestData.priceRow;
import static dev.pindex.domain.testdata.TestData.symbol;
import static dev.pindex.domain.testdata.TestData.user;
import static dev.pindex.domain.testdata.TestData.validRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.fake.FakeTransactions.Unit;
import dev.pindex.domain.fake.Fakes;
import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Forbidden;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.port.in.ListPricesQuery;
import dev.pindex.domain.port.in.UpsertCommand;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PriceServiceTest {

  private final Fakes fakes = new Fakes();
  private final PriceService service =
      new PriceService(fakes.transactions, fakes.assets, fakes.prices);

  @BeforeEach
  void an_asset_exists() {
    fakes.assets.seed(symbol("AAPL"), details("Apple", "Tech"));
  }

  @Test
  void listing_reads_the_range_by_symbol_in_one_read_only_unit_of_one_read() {
    load(
        priceRow("AAPL", "2026-11-24", "190.5"),
        priceRow("AAPL", "2026-11-25", "191.5"),
        priceRow("AAPL", "2026-11-26", "192.5"),
        priceRow("AAPL", "2026-11-27", "193.5"));

    Page<Price> page =
        service.list(
            new ListPricesQuery(
                symbol("aapl"),
                DateRange.between(day("2026-11-25"), null),
                Optional.of(day("2026-11-25")),
                new PageLimit(1)));

    assertThat(page.items()).containsExactly(price("2026-11-26", "192.5", 1_000));
    assertThat(page.hasMore()).isTrue();
    assertThat(fakes.transactions.units()).last().isEqualTo(Unit.of(READ_ONLY, "prices.findRange"));
  }

  @Test
  void an_empty_page_of_a_known_asset_is_answered_after_checking_the_symbol_in_the_same_unit() {
    load(priceRow("AAPL", "2026-11-24", "190.5"));

    Page<Price> page =
        service.list(
            new ListPricesQuery(
                symbol("AAPL"),
                DateRange.between(day("2026-11-25"), null),
                Optional.empty(),
                new PageLimit(10)));

    assertThat(page.items()).isEmpty();
    assertThat(page.hasMore()).isFalse();
    assertThat(fakes.transactions.units())
        .last()
        .isEqualTo(Unit.of(READ_ONLY, "prices.findRange", "assets.findBySymbol"));
  }

  @Test
  void listing_prices_of_an_unknown_symbol_is_not_found_naming_it() {
    assertThatThrownBy(
            () ->
                service.list(
                    new ListPricesQuery(
                        symbol("ABC"), DateRange.all(), Optional.empty(), new PageLimit(10))))
        .isInstanceOf(NotFound.class)
        .hasMessage("No asset with symbol ABC.");
  }

  @Test
  void an_admin_load_runs_in_one_transaction_that_is_never_retried_and_answers_the_counts() {
    load(priceRow("AAPL", "2026-11-26", "192.5"));

    UpsertCounts counts =
        load(priceRow("AAPL", "2026-11-26", "192.75"), priceRow("AAPL", "2026-11-27", "193.5"));

    assertThat(counts).isEqualTo(new UpsertCounts(2, 1, 1));
    assertThat(fakes.prices.stored(symbol("AAPL")))
        .containsExactly(price("2026-11-26", "192.75", 1_000), price("2026-11-27", "193.5", 1_000));
    assertThat(fakes.transactions.units())
        .last()
        .isEqualTo(Unit.of(IN_TRANSACTION, "prices.upsert"));
  }

  @Test
  void a_load_with_a_bad_row_is_refused_naming_it_and_stores_nothing() {
    List<BulkRow<PriceRow>> rows =
        List.of(
            BulkRow.valid(1, priceRow("AAPL", "2026-11-26", "192.5")),
            BulkRow.invalid(2, "close must be greater than 0"));

    assertThatThrownBy(() -> service.upsert(new UpsertCommand<>(admin(), rows.iterator())))
        .isInstanceOfSatisfying(
            ValidationFailed.class,
            refusal ->
                assertThat(refusal.violations())
                    .singleElement()
                    .hasFieldOrPropertyWithValue("row", 2L));
    assertThat(fakes.prices.stored(symbol("AAPL"))).isEmpty();
  }

  @Test
  void a_non_admin_cannot_write_prices_and_nothing_is_touched() {
    Iterator<BulkRow<PriceRow>> rows =
        validRows(priceRow("AAPL", "2026-11-26", "192.5")).iterator();

    assertThatThrownBy(() -> service.upsert(new UpsertCommand<>(user(7), rows)))
        .isInstanceOf(Forbidden.class);

    assertThat(rows.hasNext()).as("the body was not read").isTrue();
    assertThat(fakes.prices.stored(symbol("AAPL"))).isEmpty();
    assertThat(fakes.transactions.units()).isEmpty();
  }

  private UpsertCounts load(PriceRow... rows) {
    return service.upsert(new UpsertCommand<>(admin(), validRows(rows).iterator()));
  }
}
