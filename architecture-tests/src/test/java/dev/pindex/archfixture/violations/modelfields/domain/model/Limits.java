package dev.pindex.archfixture.violations.modelfields.domain.model;

public record Limits(int maxRows) {
  public static int defaultMaxRows = 10_000;
}
