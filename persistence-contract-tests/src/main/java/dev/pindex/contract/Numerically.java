package dev.pindex.contract;

import java.math.BigDecimal;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;

/**
 * Compares values field by field with decimals compared as numbers: a store may give a decimal back
 * at its column's scale (0.4 as 0.4000000000), which {@link BigDecimal#equals} tells apart.
 */
public final class Numerically {

  public static final RecursiveComparisonConfiguration EQUAL =
      RecursiveComparisonConfiguration.builder()
          .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
          .build();

  private Numerically() {}
}
