package dev.pindex.archfixture.violations.modelfields.domain.model;

public enum Currency {
  EUR;

  private int lookups;

  public int lookup() {
    return ++lookups;
  }
}
