package dev.pindex.archfixture.violations.domainadapter.security;

public final class Argon2idPasswordHasher {
  public String hash(String password) {
    return password;
  }
}
