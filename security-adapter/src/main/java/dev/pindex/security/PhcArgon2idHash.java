package dev.pindex.security;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2id hash in the PHC string format, {@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}, with
 * salt and hash in standard base64 without padding, as the format prescribes. Only version 19
 * (Argon2 1.3) is written or read. The string names its own cost, so a hash keeps verifying after
 * the cost for new hashes is raised.
 */
final class PhcArgon2idHash {

  private static final Pattern FORMAT =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,10})"
              + "\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final int MIN_SALT_BYTES = 8;
  private static final int MIN_HASH_BYTES = 4;
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  private final Argon2idCost cost;
  private final byte[] salt;
  private final byte[] hash;

  PhcArgon2idHash(Argon2idCost cost, byte[] salt, byte[] hash) {
    if (salt.length < MIN_SALT_BYTES || hash.length < MIN_HASH_BYTES) {
      throw new IllegalArgumentException("salt or hash too short for Argon2");
    }
    this.cost = cost;
    this.salt = salt.clone();
    this.hash = hash.clone();
  }

  /**
   * Reads a stored hash. The message of a refusal never quotes the input: it is a secret's hash.
   *
   * @throws IllegalArgumentException when the string is not an Argon2id v19 PHC string
   */
  static PhcArgon2idHash parse(String stored) {
    Matcher parts = FORMAT.matcher(stored);
    if (!parts.matches()) {
      throw new IllegalArgumentException("stored hash is not an Argon2id v19 PHC string");
    }
    Argon2idCost cost =
        new Argon2idCost(
            parsedInt(parts.group(1)), parsedInt(parts.group(2)), parsedInt(parts.group(3)));
    return new PhcArgon2idHash(cost, decoded(parts.group(4)), decoded(parts.group(5)));
  }

  Argon2idCost cost() {
    return cost;
  }

  byte[] salt() {
    return salt.clone();
  }

  byte[] hash() {
    return hash.clone();
  }

  /** The PHC string to store. */
  String encoded() {
    return "$argon2id$v=19$m="
        + cost.memoryKiB()
        + ",t="
        + cost.iterations()
        + ",p="
        + cost.parallelism()
        + "$"
        + ENCODER.encodeToString(salt)
        + "$"
        + ENCODER.encodeToString(hash);
  }

  private static int parsedInt(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException tooLarge) {
      throw new IllegalArgumentException("stored hash has a cost parameter out of range");
    }
  }

  private static byte[] decoded(String base64) {
    try {
      return DECODER.decode(base64);
    } catch (IllegalArgumentException notBase64) {
      throw new IllegalArgumentException("stored hash has a salt or hash that is not base64");
    }
  }
}
