package dev.pindex.security;

/**
 * The cost of one Argon2id hash: memory in KiB, passes over it, and lanes. Argon2 needs at least 8
 * KiB per lane.
 */
record Argon2idCost(int memoryKiB, int iterations, int parallelism) {

  /** OWASP's recommendation for Argon2id: 19 MiB, 2 passes, 1 lane. */
  static final Argon2idCost OWASP = new Argon2idCost(19_456, 2, 1);

  Argon2idCost {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1");
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations must be at least 1");
    }
    if (memoryKiB < 8L * parallelism) {
      throw new IllegalArgumentException("memory must be at least 8 KiB per lane");
    }
  }
}
