package dev.pindex.archfixture.violations.portsignature.domain.port.in;

public interface ImportPricesUseCase {
  int importPrices(com.fasterxml.jackson.databind.JsonNode body);
}
