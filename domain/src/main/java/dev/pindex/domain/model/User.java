package dev.pindex.domain.model;

import java.time.Instant;
import java.util.Objects;

public record User(long id, Email email, Role role, Instant createdAt) {

  public User {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
