package dev.pindex.archfixture.violations.cryptolibraries.bootstrap;

import org.bouncycastle.crypto.params.Argon2Parameters;

/** Bootstrap sets the hasher's cost with plain ints; BouncyCastle's parameters are not its own. */
final class Wiring {
  Argon2Parameters hashing(int memoryKiB) {
    return new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withMemoryAsKB(memoryKiB)
        .build();
  }
}
