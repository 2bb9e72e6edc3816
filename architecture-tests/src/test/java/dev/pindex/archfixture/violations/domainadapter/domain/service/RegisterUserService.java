package dev.pindex.archfixture.violations.domainadapter.domain.service;

import dev.pindex.archfixture.violations.domainadapter.security.Argon2idPasswordHasher;

public final class RegisterUserService {
  private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();

  String register(String password) {
    return hasher.hash(password);
  }
}
