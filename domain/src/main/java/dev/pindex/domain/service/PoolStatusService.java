package dev.pindex.domain.service;

import dev.pindex.domain.model.PoolSnapshot;
import dev.pindex.domain.port.in.ViewPoolUseCase;
import dev.pindex.domain.port.out.PoolStats;
import java.util.Objects;

public final class PoolStatusService implements ViewPoolUseCase {

  private final PoolStats poolStats;

  public PoolStatusService(PoolStats poolStats) {
    this.poolStats = Objects.requireNonNull(poolStats, "poolStats");
  }

  @Override
  public PoolSnapshot viewPool() {
    return poolStats.snapshot();
  }
}
