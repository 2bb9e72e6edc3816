package dev.pindex.archfixture.compliant.domain.port.in;

import dev.pindex.archfixture.compliant.domain.model.Price;

public interface ViewPriceUseCase {
  Price viewPrice(ViewPriceQuery query);
}
