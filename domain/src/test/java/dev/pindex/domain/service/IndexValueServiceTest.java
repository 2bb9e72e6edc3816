package dev.pindex.domain.service;

import static dev.pindex.domain.fake.FakeTransactions.Kind.IN_TRANSACTION;
import static dev.pindex.domain.fake.FakeTransactions.Kind.READ_ONLY;
import static dev.pindex.domain.testdata.TestData.admin;
import static dev.pindex.domain.testdata.TestData.day;
import static dev.pindex.domain.testdata.TestData.indexValue;
import static dev.pindex.domain.testdata.TestData.user;
import static dev.pindex.domain.testdata.TestData.validRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.fake.FakeTransactions.Unit;
import dev.pindex.domain.fake.Fakes;
import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Forbidden;
import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.in.ListDatedQuery;
import dev.pindex.domain.port.in.UpsertCommand;
import java.util.Iterator;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndexValueServiceTest {

  private final Fakes fakes = new Fakes();
  private final IndexValueService service =
      new IndexValueService(fakes.transactions, fakes.indexValues);

  @Test
  void list_answers_the_range_by_date_from_a_read_only_unit() {
    load(
        indexValue("2026-11-25", "1000"),
        indexValue("2026-11-26", "1010.5"),
        indexValue("2026-11-27", "1005.25"));

    Page<IndexValue> page =
        service.list(
            new ListDatedQuery(
                DateRange.between(null, day("2026-11-26")), Optional.empty(), new PageLimit(10)));

    assertThat(page.items())
        .containsExactly(indexValue("2026-11-25", "1000"), indexValue("2026-11-26", "1010.5"));
    assertThat(page.hasMore()).isFalse();
    assertThat(fakes.transactions.units())
        .last()
        .isEqualTo(Unit.of(READ_ONLY, "indexValues.findRange"));
  }

  @Test
  void an_admin_load_runs_in_one_transaction_that_is_never_retried_and_answers_the_counts() {
    load(indexValue("2026-11-26", "1010.5"));

    UpsertCounts counts = load(indexValue("2026-11-26", "1011"), indexValue("2026-11-27", "1005"));

    assertThat(counts).isEqualTo(new UpsertCounts(2, 1, 1));
    assertThat(fakes.indexValues.stored())
        .containsExactly(indexValue("2026-11-26", "1011"), indexValue("2026-11-27", "1005"));
    assertThat(fakes.transactions.units())
        .last()
        .isEqualTo(Unit.of(IN_TRANSACTION, "indexValues.upsert"));
  }

  @Test
  void a_non_admin_cannot_write_index_values_and_nothing_is_touched() {
    Iterator<BulkRow<IndexValue>> rows = validRows(indexValue("2026-11-26", "1010.5")).iterator();

    assertThatThrownBy(() -> service.upsert(new UpsertCommand<>(user(7), rows)))
        .isInstanceOf(Forbidden.class);

    assertThat(rows.hasNext()).as("the body was not read").isTrue();
    assertThat(fakes.indexValues.stored()).isEmpty();
    assertThat(fakes.transactions.units()).isEmpty();
  }

  private UpsertCounts load(IndexValue... values) {
    return service.upsert(new UpsertCommand<>(admin(), validRows(values).iterator()));
  }
}
