package dev.pindex.persistence;

import org.postgresql.ds.PGSimpleDataSource;

/** Runs one migration in its own JVM, as a second instance of the service starting would. */
public final class MigrateInAnotherProcess {

  private MigrateInAnotherProcess() {}

  /** Arguments: the JDBC URL and the user name. Exits non-zero when the migration fails. */
  public static void main(String[] args) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(args[0]);
    dataSource.setUser(args[1]);
    new LiquibaseMigrations(dataSource).migrate();
  }
}
