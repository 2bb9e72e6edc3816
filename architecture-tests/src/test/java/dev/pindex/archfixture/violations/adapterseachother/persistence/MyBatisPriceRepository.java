package dev.pindex.archfixture.violations.adapterseachother.persistence;

import dev.pindex.archfixture.violations.adapterseachother.web.PriceJson;

public final class MyBatisPriceRepository {
  PriceRow fromJson(PriceJson json) {
    return new PriceRow(json.symbol());
  }
}
