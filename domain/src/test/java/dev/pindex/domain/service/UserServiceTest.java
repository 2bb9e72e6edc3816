package dev.pindex.domain.service;

import static dev.pindex.domain.fake.FakeTransactions.Kind.IN_IDEMPOTENT_TRANSACTION;
import static dev.pindex.domain.fake.FakeTransactions.Kind.IN_TRANSACTION;
import static dev.pindex.domain.fake.FakeTransactions.Kind.READ_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.pindex.domain.fake.FakeTransactions.Unit;
import dev.pindex.domain.fake.Fakes;
import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.Email;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.model.PlainPassword;
import dev.pindex.domain.model.Role;
import dev.pindex.domain.model.Unauthenticated;
import dev.pindex.domain.model.User;
import dev.pindex.domain.port.in.AuthenticateCommand;
import dev.pindex.domain.port.in.RegisterUserCommand;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UserServiceTest {

  private static final String PASSWORD = "correct horse battery";
  private static final String WRONG_CREDENTIALS = "The e-mail address or password is wrong.";

  private final Fakes fakes = new Fakes();
  private final UserService service =
      new UserService(fakes.transactions, fakes.users, fakes.hasher);

  @Test
  void register_stores_a_user_with_a_hash_made_before_one_transaction_that_is_never_retried() {
    User user = service.register(registration("Ada@Example.org", PASSWORD));

    String hashMadeForThisRegistration = fakes.hasher.produced().get(1); // [0] is the dummy
    assertThat(user.role()).isEqualTo(Role.USER);
    assertThat(fakes.users.stored(new Email("ada@example.org")).orElseThrow().passwordHash())
        .isEqualTo(hashMadeForThisRegistration);
    assertThat(fakes.transactions.units()).containsExactly(Unit.of(IN_TRANSACTION, "users.create"));
  }

  @Test
  void register_with_an_email_taken_in_another_letter_case_is_a_conflict() {
    service.register(registration("ada@example.org", PASSWORD));

    assertThatThrownBy(() -> service.register(registration("ADA@example.org", "another password")))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void authenticate_answers_the_account_for_the_right_password_after_one_read_only_lookup() {
    User registered = service.register(registration("ada@example.org", PASSWORD));

    User authenticated = service.authenticate(login(" ADA@example.org ", PASSWORD));

    assertThat(authenticated).isEqualTo(registered);
    assertThat(fakes.transactions.units())
        .last()
        .isEqualTo(Unit.of(READ_ONLY, "users.findCredentials"));
  }

  @Test
  void a_wrong_password_and_an_unknown_email_fail_alike_and_each_costs_one_hash_check() {
    service.register(registration("ada@example.org", PASSWORD));
    String dummyHash = fakes.hasher.produced().get(0);
    String adasHash = fakes.hasher.produced().get(1);

    Unauthenticated wrongPassword =
        catchThrowableOfType(
            Unauthenticated.class,
            () -> service.authenticate(login("ada@example.org", "wrong password")));
    Unauthenticated unknownEmail =
        catchThrowableOfType(
            Unauthenticated.class, () -> service.authenticate(login("bob@example.org", PASSWORD)));

    assertThat(wrongPassword).hasMessage(WRONG_CREDENTIALS);
    assertThat(unknownEmail).hasMessage(WRONG_CREDENTIALS);
    assertThat(fakes.hasher.checked()).containsExactly(adasHash, dummyHash);
  }

  @Test
  void the_dummy_hash_is_made_once_when_the_service_is_built_not_per_login() {
    assertThat(fakes.hasher.produced()).hasSize(1);

    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> service.authenticate(login("bob@example.org", PASSWORD)))
          .isInstanceOf(Unauthenticated.class);
    }

    assertThat(fakes.hasher.produced()).hasSize(1);
    assertThat(fakes.hasher.checked()).containsOnly(fakes.hasher.produced().get(0)).hasSize(3);
  }

  @Test
  void an_unknown_email_is_unauthenticated_even_with_the_password_behind_the_dummy_hash() {
    String dummyPassword = fakes.hasher.passwordBehind(fakes.hasher.produced().get(0));

    assertThatThrownBy(() -> service.authenticate(login("bob@example.org", dummyPassword)))
        .isInstanceOf(Unauthenticated.class)
        .hasMessage(WRONG_CREDENTIALS);
  }

  static Stream<Arguments> loginsThatCouldNeverBeAnAccount() {
    return Stream.of(
        Arguments.of("not-an-email", PASSWORD),
        Arguments.of("", PASSWORD),
        Arguments.of("ada@example.org", "short"),
        Arguments.of("ada@example.org", "x".repeat(PlainPassword.MAX_LENGTH + 1)));
  }

  @ParameterizedTest
  @MethodSource("loginsThatCouldNeverBeAnAccount")
  void login_input_that_breaks_registration_rules_is_unauthenticated_not_a_validation_failure(
      String email, String password) {
    service.register(registration("ada@example.org", PASSWORD));

    assertThatThrownBy(() -> service.authenticate(login(email, password)))
        .isInstanceOf(Unauthenticated.class)
        .hasMessage(WRONG_CREDENTIALS);
    assertThat(fakes.hasher.checked()).isEmpty();
  }

  @Test
  void get_answers_the_account_from_a_read_only_unit() {
    User registered = service.register(registration("ada@example.org", PASSWORD));

    assertThat(service.get(registered.id())).isEqualTo(registered);
    assertThat(fakes.transactions.units()).last().isEqualTo(Unit.of(READ_ONLY, "users.findById"));
  }

  @Test
  void get_of_an_absent_account_is_not_found() {
    assertThatThrownBy(() -> service.get(42))
        .isInstanceOf(NotFound.class)
        .hasMessage("No user with id 42.");
  }

  @Test
  void ensure_admin_creates_an_absent_account_as_admin_in_a_retryable_unit() {
    User admin = service.ensureAdmin(registration("root@example.org", PASSWORD));

    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(service.authenticate(login("root@example.org", PASSWORD))).isEqualTo(admin);
    assertThat(fakes.transactions.units())
        .first()
        .isEqualTo(Unit.of(IN_IDEMPOTENT_TRANSACTION, "users.saveAdmin"));
  }

  @Test
  void ensure_admin_promotes_an_existing_user_and_replaces_the_password() {
    User user = service.register(registration("root@example.org", "old password"));

    User admin = service.ensureAdmin(registration("root@example.org", PASSWORD));

    assertThat(admin.id()).isEqualTo(user.id());
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(service.authenticate(login("root@example.org", PASSWORD))).isEqualTo(admin);
    assertThatThrownBy(() -> service.authenticate(login("root@example.org", "old password")))
        .isInstanceOf(Unauthenticated.class);
  }

  private static RegisterUserCommand registration(String email, String password) {
    return new RegisterUserCommand(new Email(email), new PlainPassword(password));
  }

  private static AuthenticateCommand login(String email, String password) {
    return new AuthenticateCommand(email, password);
  }
}
