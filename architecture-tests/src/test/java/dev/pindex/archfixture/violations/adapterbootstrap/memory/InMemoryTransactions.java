package dev.pindex.archfixture.violations.adapterbootstrap.memory;

import dev.pindex.archfixture.violations.adapterbootstrap.bootstrap.Settings;

public final class InMemoryTransactions {
  int units(Settings settings) {
    return settings.poolSize();
  }
}
