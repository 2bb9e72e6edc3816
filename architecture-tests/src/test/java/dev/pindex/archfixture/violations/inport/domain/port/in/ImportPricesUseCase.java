package dev.pindex.archfixture.violations.inport.domain.port.in;

public interface ImportPricesUseCase {
  int importPrices(ImportPricesRequest request, ImportPricesCommand command);
}
