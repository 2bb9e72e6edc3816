package dev.pindex.archfixture.violations.mapperleak.persistence.mapper;

public interface PriceMapper {
  PriceRow find(String symbol);
}
