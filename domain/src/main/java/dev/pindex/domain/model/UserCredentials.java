package dev.pindex.domain.model;

import java.util.Objects;

/** An account with its stored password hash, read only to check a login. */
public record UserCredentials(User user, String passwordHash) {

  public UserCredentials {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(passwordHash, "passwordHash");
  }

  @Override
  public String toString() {
    return "UserCredentials[user=" + user + ", passwordHash=***]";
  }
}
