package dev.pindex.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.Email;
import dev.pindex.domain.model.Role;
import dev.pindex.domain.model.User;
import dev.pindex.domain.model.UserCredentials;
import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UnitOfWork;
import dev.pindex.domain.port.out.UserRepository;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} promises. A subclass supplies the repository over one store and
 * the units of work it joins; each test owns its e-mail addresses.
 */
public abstract class UserRepositoryContract {

  protected abstract Transactions transactions();

  protected abstract UserRepository userRepository();

  private Transactions tx;
  private UserRepository users;

  @BeforeEach
  void wire() {
    tx = transactions();
    users = userRepository();
  }

  private <T> T inUnit(UnitOfWork<T> work) {
    return tx.inTransaction(work);
  }

  private static Email inUpperCase(Email email) {
    return new Email(email.value().toUpperCase(Locale.ROOT));
  }

  @Test
  void create_stores_the_account_with_its_role() {
    Email email = Owned.email();

    User created = inUnit(() -> users.create(email, "hash-1", Role.USER));

    assertThat(created.email()).isEqualTo(email);
    assertThat(created.role()).isEqualTo(Role.USER);
    assertThat(inUnit(() -> users.findById(created.id()))).contains(created);
  }

  @Test
  void create_with_an_email_taken_in_another_letter_case_is_a_conflict() {
    Email email = Owned.email();
    User first = inUnit(() -> users.create(email, "hash-1", Role.USER));

    assertThatThrownBy(() -> inUnit(() -> users.create(inUpperCase(email), "hash-2", Role.ADMIN)))
        .isInstanceOf(Conflict.class)
        .hasMessage("An account with this e-mail exists.");
    assertThat(inUnit(() -> users.findCredentials(email)))
        .contains(new UserCredentials(first, "hash-1"));
  }

  @Test
  void create_with_an_email_taken_in_another_case_of_non_ascii_letters_is_a_conflict() {
    String owned = Owned.email().value();
    // letter by letter: a final capital sigma is still a sigma, and a dotted capital I an i
    Email lower = new Email("σασ.i." + owned);
    Email upper = new Email("ΣΑΣ.İ." + owned);
    User first = inUnit(() -> users.create(lower, "hash-1", Role.USER));

    assertThatThrownBy(() -> inUnit(() -> users.create(upper, "hash-2", Role.USER)))
        .isInstanceOf(Conflict.class);
    assertThat(inUnit(() -> users.findCredentials(upper)))
        .contains(new UserCredentials(first, "hash-1"));
  }

  @Test
  void find_credentials_finds_the_account_and_its_hash_by_email_in_any_letter_case() {
    Email email = Owned.email();
    User created = inUnit(() -> users.create(email, "hash-1", Role.ADMIN));

    assertThat(inUnit(() -> users.findCredentials(inUpperCase(email))))
        .contains(new UserCredentials(created, "hash-1"));
  }

  @Test
  void find_credentials_of_an_unknown_email_is_empty() {
    assertThat(inUnit(() -> users.findCredentials(Owned.email()))).isEmpty();
  }

  @Test
  void find_by_id_of_an_unknown_id_is_empty() {
    User created = inUnit(() -> users.create(Owned.email(), "hash-1", Role.USER));

    // ids are assigned in ascending order, so a bigger one than the newest is unused
    assertThat(inUnit(() -> users.findById(created.id() + 1_000_000))).isEmpty();
  }

  @Test
  void save_admin_creates_an_admin_when_the_email_is_new() {
    Email email = Owned.email();

    User admin = inUnit(() -> users.saveAdmin(email, "admin-hash"));

    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(inUnit(() -> users.findCredentials(email)))
        .contains(new UserCredentials(admin, "admin-hash"));
  }

  @Test
  void save_admin_promotes_the_account_of_that_email_in_any_case_and_replaces_its_hash() {
    Email email = Owned.email();
    User user = inUnit(() -> users.create(email, "user-hash", Role.USER));

    User admin = inUnit(() -> users.saveAdmin(inUpperCase(email), "admin-hash"));

    assertThat(admin.id()).isEqualTo(user.id());
    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(inUnit(() -> users.findCredentials(email)))
        .contains(new UserCredentials(admin, "admin-hash"));
  }
}
