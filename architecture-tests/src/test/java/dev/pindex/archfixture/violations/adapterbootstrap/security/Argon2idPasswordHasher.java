package dev.pindex.archfixture.violations.adapterbootstrap.security;

import dev.pindex.archfixture.violations.adapterbootstrap.bootstrap.Settings;

public final class Argon2idPasswordHasher {
  int memoryKiB(Settings settings) {
    return settings.hashMemoryKiB();
  }
}
