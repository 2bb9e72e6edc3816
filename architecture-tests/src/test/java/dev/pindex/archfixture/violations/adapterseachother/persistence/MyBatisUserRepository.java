package dev.pindex.archfixture.violations.adapterseachother.persistence;

import dev.pindex.archfixture.violations.adapterseachother.security.HashedPassword;

public final class MyBatisUserRepository {
  String column(HashedPassword hash) {
    return hash.phc();
  }
}
