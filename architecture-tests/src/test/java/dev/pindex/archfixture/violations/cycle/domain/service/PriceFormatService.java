package dev.pindex.archfixture.violations.cycle.domain.service;

import dev.pindex.archfixture.violations.cycle.domain.model.Price;

public final class PriceFormatService {
  public static String format(Price price) {
    return price.symbol() + "@" + price.close();
  }
}
