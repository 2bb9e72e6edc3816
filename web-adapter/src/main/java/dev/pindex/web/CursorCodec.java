package dev.pindex.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque page cursors: the last item's key, signed with HMAC-SHA256 under a server secret, in
 * base64url. Clients cannot forge or alter a cursor (it answers 400), so a cursor never becomes a
 * way to inject a key the API would not hand out; and a cursor of one collection is refused by
 * another, since the collection's name is part of what is signed.
 */
public final class CursorCodec {

  /** HMAC-SHA256 keys shorter than its output weaken it. */
  public static final int MIN_SECRET_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final int MAX_CURSOR_LENGTH = 512;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  /** {@code secret}: at least 32 random bytes, the same on every instance serving the API. */
  public CursorCodec(byte[] secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the cursor secret needs at least " + MIN_SECRET_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  /** A cursor for the page after the item with this key. */
  String encode(String collection, String key) {
    byte[] payload = key.getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(payload)
        + "."
        + ENCODER.encodeToString(signature(collection, payload));
  }

  /** The key a cursor carries; 400 when this server did not issue it for this collection. */
  String decode(String collection, String cursor) {
    int dot = cursor.indexOf('.');
    if (cursor.length() <= MAX_CURSOR_LENGTH && dot > 0) {
      try {
        byte[] payload = DECODER.decode(cursor.substring(0, dot));
        byte[] signature = DECODER.decode(cursor.substring(dot + 1));
        if (MessageDigest.isEqual(signature, signature(collection, payload))) {
          return new String(payload, StandardCharsets.UTF_8);
        }
      } catch (IllegalArgumentException e) {
        // not base64url: answered below like any other cursor we did not issue
      }
    }
    throw BadRequest.of("cursor", "is not a cursor this API issued for this collection");
  }

  private byte[] signature(String collection, byte[] payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(collection.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
