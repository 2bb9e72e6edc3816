package dev.pindex.archfixture.violations.adapterseachother.security;

import dev.pindex.archfixture.violations.adapterseachother.web.LoginJson;

public final class Argon2idPasswordHasher {
  HashedPassword hash(LoginJson login) {
    return new HashedPassword(login.password());
  }
}
