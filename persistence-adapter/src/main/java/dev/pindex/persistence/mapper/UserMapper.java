package dev.pindex.persistence.mapper;

import java.util.Optional;
import org.apache.ibatis.annotations.Param;

/** Statements over {@code users}; the SQL is in UserMapper.xml. */
public interface UserMapper {

  /** The new user, or empty when the e-mail exists in any letter case. */
  Optional<UserRow> insert(
      @Param("email") String email,
      @Param("passwordHash") String passwordHash,
      @Param("role") String role);

  Optional<CredentialsRow> findCredentials(@Param("email") String email);

  Optional<UserRow> findById(@Param("id") long id);

  /** Inserts an admin, or makes the user with this e-mail (any letter case) one. */
  UserRow upsertAdmin(@Param("email") String email, @Param("passwordHash") String passwordHash);
}
