package dev.pindex.archfixture.violations.domainadapter.memory;

public final class InMemoryPriceRepository {
  public void load() {}
}
