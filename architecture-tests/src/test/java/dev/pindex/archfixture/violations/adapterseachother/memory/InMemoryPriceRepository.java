package dev.pindex.archfixture.violations.adapterseachother.memory;

import dev.pindex.archfixture.violations.adapterseachother.persistence.PriceRow;

public final class InMemoryPriceRepository {
  String symbol(PriceRow row) {
    return row.symbol();
  }
}
