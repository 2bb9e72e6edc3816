package dev.pindex.archfixture.compliant.persistence.mapper;

import org.apache.ibatis.annotations.Param;

public interface PriceMapper {
  PriceRow find(@Param("symbol") String symbol);
}
