package dev.pindex.archfixture.violations.adaptername.domain.port.out;

public interface PasswordHasher {
  String hash(String password);
}
