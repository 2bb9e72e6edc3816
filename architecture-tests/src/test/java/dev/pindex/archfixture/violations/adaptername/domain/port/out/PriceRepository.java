package dev.pindex.archfixture.violations.adaptername.domain.port.out;

public interface PriceRepository {
  long close(String symbol);
}
