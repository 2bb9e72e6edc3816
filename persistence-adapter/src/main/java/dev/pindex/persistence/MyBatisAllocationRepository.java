package dev.pindex.persistence;

import static java.util.stream.Collectors.toMap;

import dev.pindex.domain.model.Allocation;
import dev.pindex.domain.model.AllocationItem;
import dev.pindex.domain.model.AllocationTarget;
import dev.pindex.domain.model.AllocationTargets;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import dev.pindex.domain.model.Weight;
import dev.pindex.domain.port.out.AllocationRepository;
import dev.pindex.persistence.mapper.AllocationItemRow;
import dev.pindex.persistence.mapper.AllocationMapper;
import dev.pindex.persistence.mapper.AssetMapper;
import dev.pindex.persistence.mapper.AssetRow;
import dev.pindex.persistence.mapper.NewAllocationItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Allocations in PostgreSQL, in the caller's unit of work. */
public final class MyBatisAllocationRepository implements AllocationRepository {

  private final AllocationMapper allocations;
  private final AssetMapper assets;

  public MyBatisAllocationRepository(MyBatisTransactions transactions) {
    this.allocations = transactions.mapper(AllocationMapper.class);
    this.assets = transactions.mapper(AssetMapper.class);
  }

  @Override
  public Optional<Allocation> findAsOf(LocalDate asOf) {
    return toAllocation(allocations.findAsOf(asOf));
  }

  @Override
  public Optional<Allocation> findNewest() {
    return toAllocation(allocations.findAsOf(null));
  }

  /**
   * Checks every symbol before it changes anything, so an unknown one leaves the stored allocation
   * as it was even if the caller went on with its transaction.
   */
  @Override
  public Allocation replace(LocalDate date, AllocationTargets targets) {
    Map<String, Long> assetIds = assetIdsBySymbol(targets);
    allocations.lockDate(date);
    allocations.deleteDate(date);
    List<NewAllocationItem> items =
        targets.items().stream()
            .map(
                target ->
                    new NewAllocationItem(
                        assetIds.get(target.symbol().value()), target.weight().value()))
            .toList();
    return toAllocation(allocations.insert(date, items)).orElseThrow();
  }

  private Map<String, Long> assetIdsBySymbol(AllocationTargets targets) {
    String[] symbols =
        targets.items().stream().map(target -> target.symbol().value()).toArray(String[]::new);
    Map<String, Long> ids =
        assets.findBySymbols(symbols).stream().collect(toMap(AssetRow::symbol, AssetRow::id));
    List<Violation> unknown = new ArrayList<>();
    for (int i = 0; i < targets.items().size(); i++) {
      AllocationTarget target = targets.items().get(i);
      if (!ids.containsKey(target.symbol().value())) {
        unknown.add(
            Violation.ofField(
                "items[" + i + "].symbol", "no asset has the symbol " + target.symbol()));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ValidationFailed("The allocation names unknown symbols.", unknown);
    }
    return ids;
  }

  private static Optional<Allocation> toAllocation(List<AllocationItemRow> rows) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Allocation(
            rows.get(0).date(),
            rows.stream()
                .map(
                    row ->
                        new AllocationItem(
                            new Symbol(row.symbol()),
                            row.assetId(),
                            row.name(),
                            new Weight(row.weight())))
                .toList()));
  }
}
