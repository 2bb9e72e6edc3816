package dev.pindex.domain.port.in;

import dev.pindex.domain.model.User;

public interface RegisterUserUseCase {

  /** A new account with role {@code user}; {@code Conflict} when the e-mail is taken. */
  User register(RegisterUserCommand command);
}
