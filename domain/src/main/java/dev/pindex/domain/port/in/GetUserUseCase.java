package dev.pindex.domain.port.in;

import dev.pindex.domain.model.User;

public interface GetUserUseCase {

  /** {@code NotFound} when the account no longer exists. */
  User get(long userId);
}
