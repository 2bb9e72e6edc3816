package dev.pindex.domain.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A whole allocation to set: at least one asset, no symbol twice, weights summing to 1 ± 1e-6. */
public record AllocationTargets(List<AllocationTarget> items) {

  public AllocationTargets {
    items = List.copyOf(items);
    List<Violation> violations = new ArrayList<>();
    if (items.isEmpty()) {
      violations.add(Violation.ofField("items", "must name at least one asset"));
    }
    Set<Symbol> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      if (!seen.add(items.get(i).symbol())) {
        violations.add(
            Violation.ofField(
                "items[" + i + "].symbol", items.get(i).symbol() + " appears more than once"));
      }
    }
    BigDecimal sum =
        items.stream().map(item -> item.weight().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (!items.isEmpty()
        && sum.subtract(BigDecimal.ONE).abs().compareTo(FactorWeights.TOLERANCE) > 0) {
      violations.add(
          Violation.ofField(
              "items", "weights sum to " + sum.toPlainString() + ", not 1 (within 1e-6)"));
    }
    if (!violations.isEmpty()) {
      throw new ValidationFailed("The allocation is invalid.", violations);
    }
  }
}
