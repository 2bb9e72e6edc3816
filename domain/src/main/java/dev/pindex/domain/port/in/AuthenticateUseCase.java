package dev.pindex.domain.port.in;

import dev.pindex.domain.model.User;

public interface AuthenticateUseCase {

  /**
   * The account whose e-mail and password these are; {@code Unauthenticated} alike for an unknown
   * e-mail and a wrong password, taking as long either way.
   */
  User authenticate(AuthenticateCommand command);
}
