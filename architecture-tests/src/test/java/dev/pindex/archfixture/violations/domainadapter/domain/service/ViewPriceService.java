package dev.pindex.archfixture.violations.domainadapter.domain.service;

import dev.pindex.archfixture.violations.domainadapter.persistence.PriceRow;

public final class ViewPriceService {
  String symbol(PriceRow row) {
    return row.symbol();
  }
}
