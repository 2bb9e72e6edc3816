package dev.pindex.domain.model;

import java.util.Objects;

/** The authenticated account on whose behalf a use case runs. */
public record Caller(long userId, Role role) {

  public Caller {
    Objects.requireNonNull(role, "role");
  }

  /** Market data is written by admins only. */
  public void requireAdmin() {
    if (role != Role.ADMIN) {
      throw new Forbidden("Only admins may write market data.");
    }
  }
}
