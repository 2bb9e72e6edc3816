package dev.pindex.reliability;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Bearer tokens made by hand: signed with any key and algorithm, or altered after signing. */
final class Tokens {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private Tokens() {}

  /** A JWT with this header and these claims (both JSON), signed with HMAC under {@code key}. */
  static String signed(String header, String claims, String algorithm, String key) {
    String signingInput = encode(header) + "." + encode(claims);
    return signingInput + "." + ENCODER.encodeToString(mac(algorithm, key, signingInput));
  }

  /** An HS256 token with these claims under {@code key}. */
  static String hs256(String claims, String key) {
    return signed("{\"alg\":\"HS256\"}", claims, "HmacSHA256", key);
  }

  /** The claims a token of the service carries, for this subject, role and expiry. */
  static String claims(String subject, String role, long expiresEpochSeconds) {
    long now = System.currentTimeMillis() / 1000;
    return "{\"iss\":\"pindex\",\"sub\":\"%s\",\"role\":\"%s\",\"iat\":%d,\"exp\":%d}"
        .formatted(subject, role, Math.min(now, expiresEpochSeconds - 60), expiresEpochSeconds);
  }

  /** The token's claims, as JSON text. */
  static String claimsOf(String token) {
    return new String(DECODER.decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
  }

  /** The token with its claims replaced and its original signature kept. */
  static String withClaims(String token, String claims) {
    String[] parts = token.split("\\.");
    return parts[0] + "." + encode(claims) + "." + parts[2];
  }

  /** The token with one character of its signature changed. */
  static String withAlteredSignature(String token) {
    int last = token.length() - 2; // not the last character, whose low bits may be padding
    char changed = token.charAt(last) == 'A' ? 'B' : 'A';
    return token.substring(0, last) + changed + token.charAt(last + 1);
  }

  /** The same claims, unsigned: {@code alg: none}. */
  static String unsigned(String claims) {
    return encode("{\"alg\":\"none\"}") + "." + encode(claims) + ".";
  }

  static long epochSecondsFromNow(long seconds) {
    return System.currentTimeMillis() / 1000 + seconds;
  }

  private static String encode(String json) {
    return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] mac(String algorithm, String key, String input) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
