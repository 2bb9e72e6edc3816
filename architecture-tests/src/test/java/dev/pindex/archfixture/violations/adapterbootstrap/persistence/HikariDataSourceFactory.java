package dev.pindex.archfixture.violations.adapterbootstrap.persistence;

import dev.pindex.archfixture.violations.adapterbootstrap.bootstrap.Settings;

public final class HikariDataSourceFactory {
  int poolSize(Settings settings) {
    return settings.poolSize();
  }
}
