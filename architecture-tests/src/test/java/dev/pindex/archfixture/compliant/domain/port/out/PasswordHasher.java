package dev.pindex.archfixture.compliant.domain.port.out;

public interface PasswordHasher {
  String hash(String password);
}
