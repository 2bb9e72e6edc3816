package dev.pindex.archfixture.violations.adaptername.persistence;

import dev.pindex.archfixture.violations.adaptername.domain.port.out.PriceRepository;

public final class PriceRepositoryImpl implements PriceRepository {
  @Override
  public long close(String symbol) {
    return 0;
  }
}
