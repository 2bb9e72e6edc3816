package dev.pindex.persistence.mapper;

/** A user with the password hash, read only to check a login. */
public record CredentialsRow(UserRow user, String passwordHash) {

  @Override
  public String toString() {
    return "CredentialsRow[user=" + user + ", passwordHash=***]";
  }
}
