package dev.pindex.archfixture.violations.inport.domain.port.in;

public interface PriceImporter {
  int importPrices(ImportPricesCommand command);
}
