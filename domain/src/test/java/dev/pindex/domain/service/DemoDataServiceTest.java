package dev.pindex.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pindex.domain.fake.FakeTransactions;
import dev.pindex.domain.fake.Fakes;
import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.DemoDataSummary;
import dev.pindex.domain.model.Symbol;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DemoDataServiceTest {

  private final Fakes fakes = new Fakes();
  private final DemoDataService service =
      new DemoDataService(
          fakes.transactions,
          fakes.assets,
          fakes.prices,
          fakes.allocations,
          fakes.indexValues,
          fakes.riskMetrics);

  @Test
  void an_empty_database_gets_fifty_assets_over_ten_years_in_one_transaction() {
    DemoDataSummary summary = service.loadIfEmpty().orElseThrow();

    assertThat(summary.assets()).isEqualTo(50);
    assertThat(summary.prices()).isEqualTo(50L * summary.indexValues());
    assertThat(summary.indexValues()).isBetween(2600L, 2620L);
    assertThat(summary.allocationDates()).isBetween(115, 120);
    assertThat(summary.riskMetrics()).isBetween(110L, 120L);
    assertThat(fakes.transactions.units())
        .singleElement()
        .extracting(FakeTransactions.Unit::kind)
        .isEqualTo(FakeTransactions.Kind.IN_TRANSACTION);
    assertThat(fakes.prices.stored(new Symbol("AAA"))).hasSize((int) summary.indexValues());
  }

  @Test
  void every_allocation_holds_twenty_assets_whose_weights_sum_to_exactly_one() {
    new DemoDataService.Universe()
        .allocations
        .values()
        .forEach(
            targets -> {
              assertThat(targets.items()).hasSize(20);
              assertThat(
                      targets.items().stream()
                          .map(item -> item.weight().value())
                          .reduce(BigDecimal.ZERO, BigDecimal::add))
                  .isEqualByComparingTo(BigDecimal.ONE);
            });
  }

  @Test
  void the_universe_is_the_same_on_every_run() {
    var first = new DemoDataService.Universe();
    var second = new DemoDataService.Universe();
    assertThat(first.index).isEqualTo(second.index);
    assertThat(first.risk).isEqualTo(second.risk);
    assertThat(first.allocations).isEqualTo(second.allocations);
    assertThat(first.pricesOf(new Symbol("ABX"))).isEqualTo(second.pricesOf(new Symbol("ABX")));
  }

  @Test
  void risk_figures_keep_their_documented_signs() {
    new DemoDataService.Universe()
        .risk.forEach(
            metrics -> {
              assertThat(metrics.volatility()).isNotNegative();
              assertThat(metrics.maxDrawdown()).isNotPositive();
              assertThat(metrics.var95()).isNegative();
            });
  }

  @Test
  void a_database_that_holds_assets_is_left_alone() {
    fakes.assets.seed(new Symbol("KEEP"), new AssetDetails("Kept", null));
    assertThat(service.loadIfEmpty()).isEmpty();
    assertThat(fakes.assets.all()).hasSize(1);
    assertThat(fakes.indexValues.stored()).isEmpty();
  }
}
