package dev.pindex.domain.service;

import dev.pindex.domain.model.Email;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.PlainPassword;
import dev.pindex.domain.model.Role;
import dev.pindex.domain.model.Unauthenticated;
import dev.pindex.domain.model.User;
import dev.pindex.domain.model.UserCredentials;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.port.in.AuthenticateCommand;
import dev.pindex.domain.port.in.AuthenticateUseCase;
import dev.pindex.domain.port.in.EnsureAdminUseCase;
import dev.pindex.domain.port.in.GetUserUseCase;
import dev.pindex.domain.port.in.RegisterUserCommand;
import dev.pindex.domain.port.in.RegisterUserUseCase;
import dev.pindex.domain.port.out.PasswordHasher;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UserRepository;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Accounts and logins. Passwords are hashed and checked outside any unit of work: a slow hash must
 * not hold a pooled connection.
 */
public final class UserService
    implements RegisterUserUseCase, AuthenticateUseCase, GetUserUseCase, EnsureAdminUseCase {

  private static final String WRONG_CREDENTIALS = "The e-mail address or password is wrong.";

  private final Transactions transactions;
  private final UserRepository users;
  private final PasswordHasher hasher;

  /**
   * Checked when a login names no account, so that an unknown e-mail costs one hash check like a
   * wrong password does and the response time does not tell whether the account exists.
   */
  private final String dummyHash;

  public UserService(Transactions transactions, UserRepository users, PasswordHasher hasher) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.users = Objects.requireNonNull(users, "users");
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.dummyHash = hasher.hash(new PlainPassword("no account has this password"));
  }

  /** Not retried: after a lost commit acknowledgement a second insert would answer 409. */
  @Override
  public User register(RegisterUserCommand command) {
    String passwordHash = hasher.hash(command.password());
    return transactions.inTransaction(() -> users.create(command.email(), passwordHash, Role.USER));
  }

  /**
   * Raw input that could never be an account (not an e-mail, a password of the wrong length) is
   * refused like a wrong password: a login must not teach the registration rules. It skips the hash
   * check because its outcome depends only on what the client sent, not on stored accounts.
   */
  @Override
  public User authenticate(AuthenticateCommand command) {
    Optional<Email> email = parsedOrEmpty(() -> new Email(command.email()));
    Optional<PlainPassword> password = parsedOrEmpty(() -> new PlainPassword(command.password()));
    if (email.isEmpty() || password.isEmpty()) {
      throw new Unauthenticated(WRONG_CREDENTIALS);
    }
    Optional<UserCredentials> account =
        transactions.readOnly(() -> users.findCredentials(email.get()));
    String storedHash = account.map(UserCredentials::passwordHash).orElse(dummyHash);
    boolean passwordMatches = hasher.matches(password.get(), storedHash);
    if (account.isEmpty() || !passwordMatches) {
      throw new Unauthenticated(WRONG_CREDENTIALS);
    }
    return account.get().user();
  }

  @Override
  public User get(long userId) {
    return transactions
        .readOnly(() -> users.findById(userId))
        .orElseThrow(() -> new NotFound("No user with id " + userId + "."));
  }

  /** Retried safely: saving the same admin with the same hash again leaves the same state. */
  @Override
  public User ensureAdmin(RegisterUserCommand command) {
    String passwordHash = hasher.hash(command.password());
    return transactions.inIdempotentTransaction(
        () -> users.saveAdmin(command.email(), passwordHash));
  }

  private static <T> Optional<T> parsedOrEmpty(Supplier<T> parse) {
    try {
      return Optional.of(parse.get());
    } catch (ValidationFailed invalid) {
      return Optional.empty();
    }
  }
}
