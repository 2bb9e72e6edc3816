package dev.pindex.domain.port.in;

import dev.pindex.domain.model.PoolSnapshot;

/** What operators see of the connection pool. */
public interface ViewPoolUseCase {
  PoolSnapshot viewPool();
}
