package dev.pindex.domain.port.out;

import dev.pindex.domain.model.Email;
import dev.pindex.domain.model.Role;
import dev.pindex.domain.model.User;
import dev.pindex.domain.model.UserCredentials;
import java.util.Optional;

public interface UserRepository {

  /** Stores a new account; {@code Conflict} when the e-mail exists in any letter case. */
  User create(Email email, String passwordHash, Role role);

  /** The account and its password hash, found by e-mail in any letter case. */
  Optional<UserCredentials> findCredentials(Email email);

  Optional<User> findById(long id);

  /**
   * Makes the account with this e-mail an admin with this password hash, creating it when absent.
   */
  User saveAdmin(Email email, String passwordHash);
}
