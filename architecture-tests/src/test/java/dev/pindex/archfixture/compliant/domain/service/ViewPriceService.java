package dev.pindex.archfixture.compliant.domain.service;

import dev.pindex.archfixture.compliant.domain.model.Price;
import dev.pindex.archfixture.compliant.domain.model.PriceNotFound;
import dev.pindex.archfixture.compliant.domain.port.in.ViewPriceQuery;
import dev.pindex.archfixture.compliant.domain.port.in.ViewPriceUseCase;
import dev.pindex.archfixture.compliant.domain.port.out.PriceRepository;

public final class ViewPriceService implements ViewPriceUseCase {
  private final PriceRepository prices;

  public ViewPriceService(PriceRepository prices) {
    this.prices = prices;
  }

  @Override
  public Price viewPrice(ViewPriceQuery query) {
    return prices.find(query.symbol()).orElseThrow(() -> new PriceNotFound(query.symbol()));
  }
}
