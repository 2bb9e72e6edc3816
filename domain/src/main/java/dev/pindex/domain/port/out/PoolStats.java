package dev.pindex.domain.port.out;

import dev.pindex.domain.model.PoolSnapshot;

/** Reads the connection pool's current counts. */
public interface PoolStats {
  PoolSnapshot snapshot();
}
