package dev.pindex.archfixture.violations.domainjdk.domain.service;

import com.zaxxer.hikari.HikariConfig;

public final class PoolSizingService {
  public int size(HikariConfig config) {
    return config.getMaximumPoolSize();
  }
}
