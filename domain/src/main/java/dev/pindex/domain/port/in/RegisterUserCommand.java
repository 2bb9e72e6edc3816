package dev.pindex.domain.port.in;

import dev.pindex.domain.model.Email;
import dev.pindex.domain.model.PlainPassword;
import java.util.Objects;

public record RegisterUserCommand(Email email, PlainPassword password) {

  public RegisterUserCommand {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(password, "password");
  }
}
