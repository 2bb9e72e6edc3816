package dev.pindex.archfixture.violations.servicename.domain.port.in;

public interface ImportPricesUseCase {
  int importPrices(String csv);
}
