package dev.pindex.memory;

import dev.pindex.domain.model.Allocation;
import dev.pindex.domain.model.AllocationItem;
import dev.pindex.domain.model.AllocationTarget;
import dev.pindex.domain.model.AllocationTargets;
import dev.pindex.domain.model.Asset;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import dev.pindex.domain.port.out.AllocationRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Allocations in memory, in the caller's unit of work: each date's weights by symbol, joined with
 * the assets' ids and names when read, as the SQL adapter joins them.
 */
public final class InMemoryAllocationRepository implements AllocationRepository {

  private final Tables tables;

  public InMemoryAllocationRepository(InMemoryTransactions transactions) {
    this.tables = transactions.tables();
  }

  @Override
  public Optional<Allocation> findAsOf(LocalDate asOf) {
    return toAllocation(tables.allocations.rows().floorEntry(asOf));
  }

  @Override
  public Optional<Allocation> findNewest() {
    return toAllocation(tables.allocations.rows().lastEntry());
  }

  /**
   * Checks every symbol before it changes anything, so an unknown one leaves the date as it was.
   */
  @Override
  public Allocation replace(LocalDate date, AllocationTargets targets) {
    List<Violation> unknown = new ArrayList<>();
    for (int i = 0; i < targets.items().size(); i++) {
      AllocationTarget target = targets.items().get(i);
      if (tables.assets.get(target.symbol()).isEmpty()) {
        unknown.add(
            Violation.ofField(
                "items[" + i + "].symbol", "no asset has the symbol " + target.symbol()));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ValidationFailed("The allocation names unknown symbols.", unknown);
    }
    tables.allocations.put(date, targets.items());
    return toAllocation(Map.entry(date, targets.items())).orElseThrow();
  }

  private Optional<Allocation> toAllocation(Map.Entry<LocalDate, List<AllocationTarget>> stored) {
    if (stored == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Allocation(
            stored.getKey(),
            stored.getValue().stream()
                .sorted(Comparator.comparing(AllocationTarget::symbol))
                .map(this::toItem)
                .toList()));
  }

  // an allocated asset cannot be deleted, so every symbol stored here has its asset
  private AllocationItem toItem(AllocationTarget target) {
    Asset asset = tables.assets.get(target.symbol()).orElseThrow();
    return new AllocationItem(target.symbol(), asset.id(), asset.details().name(), target.weight());
  }
}
