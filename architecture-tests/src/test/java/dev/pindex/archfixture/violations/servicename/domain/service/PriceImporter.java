package dev.pindex.archfixture.violations.servicename.domain.service;

import dev.pindex.archfixture.violations.servicename.domain.port.in.ImportPricesUseCase;

public final class PriceImporter implements ImportPricesUseCase {
  @Override
  public int importPrices(String csv) {
    return csv.length();
  }
}
