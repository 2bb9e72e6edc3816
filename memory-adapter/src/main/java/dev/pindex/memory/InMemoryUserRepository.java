package dev.pindex.memory;

import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.Email;
import dev.pindex.domain.model.Role;
import dev.pindex.domain.model.User;
import dev.pindex.domain.model.UserCredentials;
import dev.pindex.domain.port.out.UserRepository;
import java.util.Optional;

/** Accounts in memory, in the caller's unit of work; e-mails are unique in any letter case. */
public final class InMemoryUserRepository implements UserRepository {

  private final Tables tables;

  public InMemoryUserRepository(InMemoryTransactions transactions) {
    this.tables = transactions.tables();
  }

  @Override
  public User create(Email email, String passwordHash, Role role) {
    if (tables.userIdsByEmail.get(email.normalized()).isPresent()) {
      throw new Conflict("An account with this e-mail exists.");
    }
    User user = new User(tables.nextUserId(), email, role, tables.now());
    store(new UserCredentials(user, passwordHash));
    return user;
  }

  @Override
  public Optional<UserCredentials> findCredentials(Email email) {
    return tables.userIdsByEmail.get(email.normalized()).flatMap(tables.users::get);
  }

  @Override
  public Optional<User> findById(long id) {
    return tables.users.get(id).map(UserCredentials::user);
  }

  /** The stored account keeps the e-mail as it was first given, like the SQL upsert. */
  @Override
  public User saveAdmin(Email email, String passwordHash) {
    return findCredentials(email)
        .map(
            existing -> {
              User stored = existing.user();
              User admin = new User(stored.id(), stored.email(), Role.ADMIN, stored.createdAt());
              store(new UserCredentials(admin, passwordHash));
              return admin;
            })
        .orElseGet(() -> create(email, passwordHash, Role.ADMIN));
  }

  private void store(UserCredentials account) {
    User user = account.user();
    tables.users.put(user.id(), account);
    tables.userIdsByEmail.put(user.email().normalized(), user.id());
  }
}
