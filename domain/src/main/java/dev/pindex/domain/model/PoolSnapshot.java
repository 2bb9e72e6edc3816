package dev.pindex.domain.model;

/**
 * The connection pool at one instant. {@code poolSize} is the steady size, {@code maxPoolSize} the
 * ceiling; connections above the steady size are overflow, retired when idle.
 */
public record PoolSnapshot(
    int poolSize, int maxPoolSize, int total, int active, int idle, int pending) {

  public PoolSnapshot {
    if (poolSize < 0 || maxPoolSize < poolSize) {
      throw new IllegalArgumentException("need 0 <= poolSize <= maxPoolSize");
    }
    if (total < 0 || active < 0 || idle < 0 || pending < 0) {
      throw new IllegalArgumentException("pool counts cannot be negative");
    }
  }

  public int overflow() {
    return Math.max(0, total - poolSize);
  }
}
