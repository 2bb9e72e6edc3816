package dev.pindex.web.dto;

import dev.pindex.domain.model.AllocationTarget;
import dev.pindex.domain.model.AllocationTargets;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.model.Weight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code PUT /allocations/{date}}: {@code {"items":[{"symbol","weight"}]}}. */
public record AllocationTargetsJson(List<Target> items) {

  public AllocationTargets toDomain() {
    FieldChecks checks = new FieldChecks();
    checks.present("items", items);
    List<AllocationTarget> targets = new ArrayList<>();
    for (int i = 0; items != null && i < items.size(); i++) {
      String at = "items[" + i + "]";
      Target item = items.get(i);
      if (item == null) {
        checks.present(at, null);
        continue;
      }
      Symbol symbol = checks.required(at + ".symbol", item.symbol(), Symbol::new);
      Weight weight = checks.required(at + ".weight", item.weight(), Weight::new);
      if (symbol != null && weight != null) {
        targets.add(new AllocationTarget(symbol, weight));
      }
    }
    AllocationTargets allocation = checks.across(() -> new AllocationTargets(targets));
    checks.throwIfAny("The allocation is invalid.");
    return allocation;
  }

  public record Target(String symbol, BigDecimal weight) {}
}
