package dev.pindex.persistence;

import org.junit.jupiter.api.BeforeAll;

/**
 * The price contract once more with the pool logged in as a role that is no superuser and may not
 * set {@code session_replication_role}: bulk loads then keep PostgreSQL's row-by-row foreign key
 * checks (see {@link BulkReferenceChecks}), and must keep every promise all the same.
 */
class MyBatisPriceRepositoryAsApplicationRoleTest extends MyBatisPriceRepositoryTest {

  @BeforeAll
  static void openStore() {
    store = MigratedStore.asApplicationRole("price_repository_role");
  }
}
