package dev.pindex.archfixture.compliant.memory;

import dev.pindex.archfixture.compliant.domain.model.Price;
import dev.pindex.archfixture.compliant.domain.port.out.PriceRepository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryPriceRepository implements PriceRepository {
  private final Map<String, Price> prices = new ConcurrentHashMap<>();

  @Override
  public Optional<Price> find(String symbol) {
    return Optional.ofNullable(prices.get(symbol));
  }
}
