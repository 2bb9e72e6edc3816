package dev.pindex.domain.model;

import static dev.pindex.domain.testdata.Refusals.assertRefused;
import static dev.pindex.domain.testdata.TestData.symbol;
import static dev.pindex.domain.testdata.TestData.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTargetsTest {

  @Test
  void distinct_symbols_whose_weights_sum_to_1_are_accepted() {
    assertThat(targets("AAPL", "0.6", "KO", "0.4").items())
        .extracting(AllocationTarget::symbol)
        .containsExactly(symbol("AAPL"), symbol("KO"));
  }

  @Test
  void a_sum_off_by_exactly_the_tolerance_is_accepted() {
    assertThat(targets("AAPL", "0.600001", "KO", "0.4").items()).hasSize(2);
    assertThat(targets("AAPL", "0.599999", "KO", "0.4").items()).hasSize(2);
  }

  @Test
  void a_sum_off_by_just_more_than_the_tolerance_is_refused() {
    assertRefused("items", () -> targets("AAPL", "0.6000010001", "KO", "0.4"));
    assertRefused("items", () -> targets("AAPL", "0.5999989999", "KO", "0.4"));
  }

  @Test
  void an_empty_allocation_is_refused() {
    assertRefused("items", () -> new AllocationTargets(List.of()));
  }

  @Test
  void a_symbol_given_twice_in_any_letter_case_is_refused_naming_its_second_place() {
    assertRefused("items[2].symbol", () -> targets("AAPL", "0.5", "KO", "0.25", "aapl", "0.25"));
  }

  @Test
  void every_violation_is_reported_at_once() {
    assertThatThrownBy(() -> targets("AAPL", "0.5", "AAPL", "0.1"))
        .isInstanceOfSatisfying(
            ValidationFailed.class,
            refusal ->
                assertThat(refusal.violations())
                    .extracting(Violation::field)
                    .containsExactly("items[1].symbol", "items"));
  }
}
