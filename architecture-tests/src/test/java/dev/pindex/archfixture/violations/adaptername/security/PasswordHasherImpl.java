package dev.pindex.archfixture.violations.adaptername.security;

import dev.pindex.archfixture.violations.adaptername.domain.port.out.PasswordHasher;

public final class PasswordHasherImpl implements PasswordHasher {
  @Override
  public String hash(String password) {
    return password;
  }
}
