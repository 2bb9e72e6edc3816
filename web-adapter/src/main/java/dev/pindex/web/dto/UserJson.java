package dev.pindex.web.dto;

import dev.pindex.domain.model.User;
import java.time.Instant;

/** An account as answered: never its password or hash. */
public record UserJson(long id, String email, String role, Instant createdAt) {

  public static UserJson from(User user) {
    return new UserJson(user.id(), user.email().value(), user.role().id(), user.createdAt());
  }
}
