package dev.pindex.archfixture.violations.routesname.domain.port.in;

public interface ViewPriceUseCase {
  long viewPrice(String symbol);
}
