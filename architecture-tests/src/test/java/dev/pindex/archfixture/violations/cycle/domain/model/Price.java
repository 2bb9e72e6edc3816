package dev.pindex.archfixture.violations.cycle.domain.model;

import dev.pindex.archfixture.violations.cycle.domain.service.PriceFormatService;

public record Price(String symbol, long close) {
  @Override
  public String toString() {
    return PriceFormatService.format(this);
  }
}
