package dev.pindex.domain.port.in;

import dev.pindex.domain.model.User;

public interface EnsureAdminUseCase {

  /** Creates this account as admin, or promotes it and sets this password when it exists. */
  User ensureAdmin(RegisterUserCommand command);
}
