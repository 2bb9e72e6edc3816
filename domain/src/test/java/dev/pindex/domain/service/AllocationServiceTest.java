package dev.pindex.domain.service;

import static dev.pindex.domain.fake.FakeTransactions.Kind.IN_IDEMPOTENT_TRANSACTION;
import static dev.pindex.domain.fake.FakeTransactions.Kind.READ_ONLY;
import static dev.pindex.domain.testdata.TestData.admin;
import static dev.pindex.domain.testdata.TestData.day;
import static dev.pindex.domain.testdata.TestData.details;
import static dev.pindex.domain.testdata.TestData.symbol;
import static dev.pindex.domain.testdata.TestData.targets;
import static dev.pindex.domain.testdata.TestData.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.pindex.domain.fake.FakeTransactions.Unit;
import dev.pindex.domain.fake.Fakes;
import dev.pindex.domain.model.Allocation;
import dev.pindex.domain.model.AllocationItem;
import dev.pindex.domain.model.Forbidden;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.Weight;
import dev.pindex.domain.port.in.ReplaceAllocationCommand;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AllocationServiceTest {

  private final Fakes fakes = new Fakes();
  private final AllocationService service =
      new AllocationService(fakes.transactions, fakes.allocations);

  @BeforeEach
  void assets_exist() {
    fakes.assets.seed(symbol("AAPL"), details("Apple", "Tech"));
    fakes.assets.seed(symbol("KO"), details("Coca-Cola", "Staples"));
  }

  @Test
  void as_of_a_date_answers_the_newest_allocation_on_or_before_it_from_a_read_only_unit() {
    Allocation november = fakes.allocations.seed(day("2026-11-01"), targets("AAPL", "1"));
    fakes.allocations.seed(day("2026-12-01"), targets("KO", "1"));

    assertThat(service.asOf(Optional.of(day("2026-11-28")))).isEqualTo(november);
    assertThat(fakes.transactions.units())
        .containsExactly(Unit.of(READ_ONLY, "allocations.findAsOf"));
  }

  @Test
  void without_a_date_answers_the_newest_allocation_from_a_read_only_unit() {
    fakes.allocations.seed(day("2026-11-01"), targets("AAPL", "1"));
    Allocation december = fakes.allocations.seed(day("2026-12-01"), targets("KO", "1"));

    assertThat(service.asOf(Optional.empty())).isEqualTo(december);
    assertThat(fakes.transactions.units())
        .containsExactly(Unit.of(READ_ONLY, "allocations.findNewest"));
  }

  @Test
  void no_allocation_on_or_before_the_date_is_not_found_naming_the_date() {
    fakes.allocations.seed(day("2026-12-01"), targets("KO", "1"));

    assertThatThrownBy(() -> service.asOf(Optional.of(day("2026-11-28"))))
        .isInstanceOf(NotFound.class)
        .hasMessage("No allocation on or before 2026-11-28.");
  }

  @Test
  void no_allocation_at_all_is_not_found() {
    assertThatThrownBy(() -> service.asOf(Optional.empty()))
        .isInstanceOf(NotFound.class)
        .hasMessage("No allocation is stored.");
  }

  @Test
  void an_admin_replaces_a_dates_allocation_in_a_retryable_unit() {
    fakes.allocations.seed(day("2026-11-28"), targets("AAPL", "1"));

    Allocation replaced =
        service.replace(
            admin(),
            new ReplaceAllocationCommand(day("2026-11-28"), targets("KO", "0.4", "AAPL", "0.6")));

    assertThat(replaced.items())
        .extracting(AllocationItem::symbol, AllocationItem::weight)
        .containsExactly(
            tuple(symbol("AAPL"), Weight.of("0.6")), tuple(symbol("KO"), Weight.of("0.4")));
    assertThat(fakes.allocations.stored(day("2026-11-28"))).contains(replaced);
    assertThat(fakes.transactions.units())
        .containsExactly(Unit.of(IN_IDEMPOTENT_TRANSACTION, "allocations.replace"));
  }

  @Test
  void a_non_admin_cannot_replace_an_allocation_and_nothing_is_touched() {
    Allocation before = fakes.allocations.seed(day("2026-11-28"), targets("AAPL", "1"));

    assertThatThrownBy(
            () ->
                service.replace(
                    user(7), new ReplaceAllocationCommand(day("2026-11-28"), targets("KO", "1"))))
        .isInstanceOf(Forbidden.class);

    assertThat(fakes.allocations.stored(day("2026-11-28"))).contains(before);
    assertThat(fakes.transactions.units()).isEmpty();
  }
}
