package dev.pindex.domain.fake;

import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.Email;
import dev.pindex.domain.model.Role;
import dev.pindex.domain.model.User;
import dev.pindex.domain.model.UserCredentials;
import dev.pindex.domain.port.out.UserRepository;
import dev.pindex.domain.testdata.TestData;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class FakeUserRepository implements UserRepository {

  private final FakeTransactions transactions;
  private final Map<String, UserCredentials> byNormalizedEmail = new HashMap<>();
  private long lastId;

  public FakeUserRepository(FakeTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public User create(Email email, String passwordHash, Role role) {
    transactions.write("users.create");
    if (byNormalizedEmail.containsKey(email.normalized())) {
      throw new Conflict("An account with this e-mail address exists.");
    }
    return store(email, passwordHash, role);
  }

  @Override
  public Optional<UserCredentials> findCredentials(Email email) {
    transactions.read("users.findCredentials");
    return stored(email);
  }

  @Override
  public Optional<User> findById(long id) {
    transactions.read("users.findById");
    return byNormalizedEmail.values().stream()
        .map(UserCredentials::user)
        .filter(user -> user.id() == id)
        .findFirst();
  }

  @Override
  public User saveAdmin(Email email, String passwordHash) {
    transactions.write("users.saveAdmin");
    return stored(email)
        .map(existing -> promote(existing.user(), passwordHash))
        .orElseGet(() -> store(email, passwordHash, Role.ADMIN));
  }

  /** Test setup and inspection, outside any unit of work. */
  public Optional<UserCredentials> stored(Email email) {
    return Optional.ofNullable(byNormalizedEmail.get(email.normalized()));
  }

  /** Test setup, outside any unit of work. */
  public User seed(Email email, String passwordHash, Role role) {
    return store(email, passwordHash, role);
  }

  private User store(Email email, String passwordHash, Role role) {
    User user = new User(++lastId, email, role, TestData.NOW);
    byNormalizedEmail.put(email.normalized(), new UserCredentials(user, passwordHash));
    return user;
  }

  private User promote(User user, String passwordHash) {
    User admin = new User(user.id(), user.email(), Role.ADMIN, user.createdAt());
    byNormalizedEmail.put(user.email().normalized(), new UserCredentials(admin, passwordHash));
    return admin;
  }
}
