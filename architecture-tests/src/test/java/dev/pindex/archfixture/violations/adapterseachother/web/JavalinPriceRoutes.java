package dev.pindex.archfixture.violations.adapterseachother.web;

import dev.pindex.archfixture.violations.adapterseachother.persistence.PriceRow;

public final class JavalinPriceRoutes {
  PriceJson toJson(PriceRow row) {
    return new PriceJson(row.symbol());
  }
}
