package dev.pindex.archfixture.compliant.security;

import dev.pindex.archfixture.compliant.domain.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** BouncyCastle stays in here; bootstrap sets the cost with plain ints. */
public final class Argon2idPasswordHasher implements PasswordHasher {
  private final SecureRandom random = new SecureRandom();
  private final int memoryKiB;

  public Argon2idPasswordHasher(int memoryKiB) {
    this.memoryKiB = memoryKiB;
  }

  @Override
  public String hash(String password) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withMemoryAsKB(memoryKiB)
            .withSalt(salt)
            .build());
    byte[] hash = new byte[32];
    generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), hash);
    return Base64.getEncoder().encodeToString(hash);
  }
}
