package dev.pindex.security;

import dev.pindex.domain.model.PlainPassword;
import dev.pindex.domain.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (BouncyCastle), stored as PHC strings that name their own cost: a hash
 * made with an older cost still verifies after the cost for new hashes is raised.
 *
 * <p>A stored hash that is not such a string is a corrupt record, not a wrong password, so {@link
 * #matches} throws {@link IllegalArgumentException} rather than answering false: a silent false
 * would lock the account out as "wrong password" and hide the corruption, while the exception
 * reaches operators as a logged 500. Its message never quotes the stored hash.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;

  private final Argon2idCost cost;
  private final SecureRandom random = new SecureRandom();

  /** Hashes with OWASP's parameters for Argon2id: m = 19 MiB, t = 2, p = 1. */
  public Argon2idPasswordHasher() {
    this.cost = Argon2idCost.OWASP;
  }

  /**
   * Hashes with explicit parameters: cheaper ones for tests, dearer ones when hardware allows.
   *
   * @throws IllegalArgumentException when a parameter is below Argon2's minimum
   */
  public Argon2idPasswordHasher(int memoryKiB, int iterations, int parallelism) {
    this.cost = new Argon2idCost(memoryKiB, iterations, parallelism);
  }

  @Override
  public String hash(PlainPassword password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, cost, salt, HASH_BYTES);
    return new PhcArgon2idHash(cost, salt, hash).encoded();
  }

  /**
   * @throws IllegalArgumentException when {@code storedHash} is not an Argon2id PHC string
   */
  @Override
  public boolean matches(PlainPassword password, String storedHash) {
    Objects.requireNonNull(storedHash, "storedHash");
    PhcArgon2idHash stored = PhcArgon2idHash.parse(storedHash);
    byte[] expected = stored.hash();
    byte[] actual = derive(password, stored.cost(), stored.salt(), expected.length);
    // Constant time: how long the comparison takes must not tell how many bytes agree.
    return MessageDigest.isEqual(actual, expected);
  }

  private static byte[] derive(PlainPassword password, Argon2idCost cost, byte[] salt, int length) {
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(cost.memoryKiB())
            .withIterations(cost.iterations())
            .withParallelism(cost.parallelism())
            .withSalt(salt)
            .build());
    byte[] hash = new byte[length];
    generator.generateBytes(password.value().getBytes(StandardCharsets.UTF_8), hash);
    return hash;
  }
}
