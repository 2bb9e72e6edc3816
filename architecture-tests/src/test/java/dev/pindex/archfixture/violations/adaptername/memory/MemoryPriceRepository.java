package dev.pindex.archfixture.violations.adaptername.memory;

import dev.pindex.archfixture.violations.adaptername.domain.port.out.PriceRepository;

public final class MemoryPriceRepository implements PriceRepository {
  @Override
  public long close(String symbol) {
    return 0;
  }
}
