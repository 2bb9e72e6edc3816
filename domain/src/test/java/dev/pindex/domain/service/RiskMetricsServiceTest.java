package dev.pindex.domain.service;

import static dev.pindex.domain.fake.FakeTransactions.Kind.IN_TRANSACTION;
import static dev.pindex.domain.fake.FakeTransactions.Kind.READ_ONLY;
import static dev.pindex.domain.testdata.RiskMetricsBuilder.riskMetrics;
import static dev.pindex.domain.testdata.TestData.admin;
import static dev.pindex.domain.testdata.TestData.day;
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
import dev.pindex.domain.model.RiskMetrics;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.in.ListDatedQuery;
import dev.pindex.domain.port.in.UpsertCommand;
import java.util.Iterator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskMetricsServiceTest {

  private static final RiskMetrics NOV_25 = riskMetrics().on("2026-11-25").build();
  private static final RiskMetrics NOV_26 = riskMetrics().on("2026-11-26").build();
  private static final RiskMetrics NOV_27 = riskMetrics().on("2026-11-27").build();

  private final Fakes fakes = new Fakes();
  private final RiskMetricsService service =
      new RiskMetricsService(fakes.transactions, fakes.riskMetrics);

  @Test
  void list_pages_the_range_after_a_date_from_a_read_only_unit() {
    load(NOV_25, NOV_26, NOV_27);

    Page<RiskMetrics> page =
        service.list(
            new ListDatedQuery(DateRange.all(), Optional.of(day("2026-11-25")), new PageLimit(1)));

    assertThat(page.items()).containsExactly(NOV_26);
    assertThat(page.hasMore()).isTrue();
    assertThat(fakes.transactions.units())
        .last()
        .isEqualTo(Unit.of(READ_ONLY, "riskMetrics.findRange"));
  }

  @Test
  void latest_answers_the_metrics_of_the_newest_date_from_a_read_only_unit() {
    load(NOV_27, NOV_25);

    assertThat(service.latest()).isEqualTo(NOV_27);
    assertThat(fakes.transactions.units())
        .last()
        .isEqualTo(Unit.of(READ_ONLY, "riskMetrics.findLatest"));
  }

  @Test
  void latest_without_any_metrics_is_not_found() {
    assertThatThrownBy(service::latest)
        .isInstanceOf(NotFound.class)
        .hasMessage("No risk metrics are stored.");
  }

  @Test
  void an_admin_load_runs_in_one_transaction_that_is_never_retried_and_answers_the_counts() {
    load(NOV_26);
    RiskMetrics revisedNov26 = riskMetrics().on("2026-11-26").withSharpeRatio("0.9").build();

    UpsertCounts counts = load(revisedNov26, NOV_27);

    assertThat(counts).isEqualTo(new UpsertCounts(2, 1, 1));
    assertThat(fakes.riskMetrics.stored()).containsExactly(revisedNov26, NOV_27);
    assertThat(fakes.transactions.units())
        .last()
        .isEqualTo(Unit.of(IN_TRANSACTION, "riskMetrics.upsert"));
  }

  @Test
  void a_non_admin_cannot_write_risk_metrics_and_nothing_is_touched() {
    Iterator<BulkRow<RiskMetrics>> rows = validRows(NOV_26).iterator();

    assertThatThrownBy(() -> service.upsert(new UpsertCommand<>(user(7), rows)))
        .isInstanceOf(Forbidden.class);

    assertThat(rows.hasNext()).as("the body was not read").isTrue();
    assertThat(fakes.riskMetrics.stored()).isEmpty();
    assertThat(fakes.transactions.units()).isEmpty();
  }

  private UpsertCounts load(RiskMetrics... metrics) {
    return service.upsert(new UpsertCommand<>(admin(), validRows(metrics).iterator()));
  }
}
