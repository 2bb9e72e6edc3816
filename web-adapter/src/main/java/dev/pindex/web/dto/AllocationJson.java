package dev.pindex.web.dto;

import dev.pindex.domain.model.Allocation;
import dev.pindex.domain.model.AllocationItem;
import java.math.BigDecimal;
import java.util.List;

/** A stored allocation: its date and each asset's weight, with the asset's id and name. */
public record AllocationJson(String date, List<Item> items) {

  public static AllocationJson from(Allocation allocation) {
    return new AllocationJson(
        allocation.date().toString(), allocation.items().stream().map(Item::from).toList());
  }

  public record Item(String symbol, long assetId, String name, BigDecimal weight) {

    static Item from(AllocationItem item) {
      return new Item(item.symbol().value(), item.assetId(), item.name(), item.weight().value());
    }
  }
}
