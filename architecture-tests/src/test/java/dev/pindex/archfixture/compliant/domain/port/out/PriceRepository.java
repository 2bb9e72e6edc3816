package dev.pindex.archfixture.compliant.domain.port.out;

import dev.pindex.archfixture.compliant.domain.model.Price;
import java.util.Optional;

public interface PriceRepository {
  Optional<Price> find(String symbol);
}
