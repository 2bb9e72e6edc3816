package dev.pindex.archfixture.violations.databaselibraries.bootstrap;

import com.zaxxer.hikari.HikariConfig;

/** Bootstrap may hold the pool, but configuring it is the persistence adapter's business. */
final class Wiring {
  int poolSize(HikariConfig config) {
    return config.getMaximumPoolSize();
  }
}
