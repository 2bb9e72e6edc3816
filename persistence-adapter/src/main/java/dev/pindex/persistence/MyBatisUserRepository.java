package dev.pindex.persistence;

import dev.pindex.domain.model.Conflict;
import dev.pindex.domain.model.Email;
import dev.pindex.domain.model.Role;
import dev.pindex.domain.model.User;
import dev.pindex.domain.model.UserCredentials;
import dev.pindex.domain.port.out.UserRepository;
import dev.pindex.persistence.mapper.UserMapper;
import dev.pindex.persistence.mapper.UserRow;
import java.util.Optional;

/** Accounts in PostgreSQL, in the caller's unit of work; e-mails are unique in any letter case. */
public final class MyBatisUserRepository implements UserRepository {

  private final UserMapper mapper;

  public MyBatisUserRepository(MyBatisTransactions transactions) {
    this.mapper = transactions.mapper(UserMapper.class);
  }

  @Override
  public User create(Email email, String passwordHash, Role role) {
    return mapper
        .insert(email.value(), passwordHash, role.id())
        .map(MyBatisUserRepository::toUser)
        .orElseThrow(() -> new Conflict("An account with this e-mail exists."));
  }

  @Override
  public Optional<UserCredentials> findCredentials(Email email) {
    return mapper
        .findCredentials(email.value())
        .map(row -> new UserCredentials(toUser(row.user()), row.passwordHash()));
  }

  @Override
  public Optional<User> findById(long id) {
    return mapper.findById(id).map(MyBatisUserRepository::toUser);
  }

  @Override
  public User saveAdmin(Email email, String passwordHash) {
    return toUser(mapper.upsertAdmin(email.value(), passwordHash));
  }

  private static User toUser(UserRow row) {
    return new User(row.id(), new Email(row.email()), Role.fromId(row.role()), row.createdAt());
  }
}
