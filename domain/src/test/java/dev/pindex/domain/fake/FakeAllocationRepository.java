package dev.pindex.domain.fake;

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
import java.util.TreeMap;

public final class FakeAllocationRepository implements AllocationRepository {

  private final FakeTransactions transactions;
  private final FakeAssetRepository assets;
  private final TreeMap<LocalDate, Allocation> byDate = new TreeMap<>();

  public FakeAllocationRepository(FakeTransactions transactions, FakeAssetRepository assets) {
    this.transactions = transactions;
    this.assets = assets;
  }

  @Override
  public Optional<Allocation> findAsOf(LocalDate asOf) {
    transactions.read("allocations.findAsOf");
    return Optional.ofNullable(byDate.floorEntry(asOf)).map(Map.Entry::getValue);
  }

  @Override
  public Optional<Allocation> findNewest() {
    transactions.read("allocations.findNewest");
    return Optional.ofNullable(byDate.lastEntry()).map(Map.Entry::getValue);
  }

  @Override
  public Allocation replace(LocalDate date, AllocationTargets targets) {
    transactions.write("allocations.replace");
    return seed(date, targets);
  }

  /** Test setup, outside any unit of work. */
  public Allocation seed(LocalDate date, AllocationTargets targets) {
    List<AllocationItem> items = new ArrayList<>();
    List<Violation> unknown = new ArrayList<>();
    for (int i = 0; i < targets.items().size(); i++) {
      AllocationTarget target = targets.items().get(i);
      Optional<Asset> asset = assets.stored(target.symbol());
      if (asset.isEmpty()) {
        unknown.add(
            Violation.ofField("items[" + i + "].symbol", "unknown symbol " + target.symbol()));
      } else {
        items.add(
            new AllocationItem(
                target.symbol(), asset.get().id(), asset.get().details().name(), target.weight()));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ValidationFailed("The allocation names unknown assets.", unknown);
    }
    items.sort(Comparator.comparing(AllocationItem::symbol));
    Allocation allocation = new Allocation(date, items);
    byDate.put(date, allocation);
    return allocation;
  }

  /** Test inspection, outside any unit of work. */
  public Optional<Allocation> stored(LocalDate date) {
    return Optional.ofNullable(byDate.get(date));
  }
}
