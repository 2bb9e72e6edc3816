package dev.pindex.domain.port.in;

import java.util.Objects;

/** Raw login input: it is checked against stored accounts, not validated as a new one would be. */
public record AuthenticateCommand(String email, String password) {

  public AuthenticateCommand {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
  }

  @Override
  public String toString() {
    return "AuthenticateCommand[email=" + email + ", password=***]";
  }
}
