package dev.pindex.domain.port.out;

import dev.pindex.domain.model.PlainPassword;

/** A slow, salted, one-way password hash. */
public interface PasswordHasher {

  /** A self-describing hash (algorithm, parameters, salt) safe to store. */
  String hash(PlainPassword password);

  /** Whether the password produces this stored hash; takes as long whether it does or not. */
  boolean matches(PlainPassword password, String storedHash);
}
