package dev.pindex.domain.service;

import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.Page;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.port.in.IndexValuesUseCase;
import dev.pindex.domain.port.in.ListDatedQuery;
import dev.pindex.domain.port.in.UpsertCommand;
import dev.pindex.domain.port.out.IndexValueRepository;
import dev.pindex.domain.port.out.Transactions;
import java.util.Objects;

public final class IndexValueService implements IndexValuesUseCase {

  private final Transactions transactions;
  private final IndexValueRepository indexValues;

  public IndexValueService(Transactions transactions, IndexValueRepository indexValues) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.indexValues = Objects.requireNonNull(indexValues, "indexValues");
  }

  @Override
  public Page<IndexValue> list(ListDatedQuery query) {
    return transactions.readOnly(
        () -> indexValues.findRange(query.range(), query.after(), query.limit()));
  }

  /**
   * Not retried: the rows come from a request body that is consumed once, so the unit could not be
   * repeated with the same input. The load is all or nothing instead.
   */
  @Override
  public UpsertCounts upsert(UpsertCommand<IndexValue> command) {
    command.caller().requireAdmin();
    return transactions.inTransaction(() -> indexValues.upsert(command.rows()));
  }
}
