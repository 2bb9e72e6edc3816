package dev.pindex.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One real PostgreSQL 17 per test JVM, started on first use and stopped when the JVM exits. Tests
 * share it, so each test owns its rows (its own tables, symbols or dates) instead of truncating.
 */
public final class TestDatabase {

  private static final EmbeddedPostgres POSTGRES = start();

  private TestDatabase() {}

  private static EmbeddedPostgres start() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopQuietly, "test-db-stop"));
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL", e);
    }
  }

  private static void stopQuietly() {
    try {
      POSTGRES.close();
    } catch (IOException ignored) {
      // the JVM is exiting; the server dies with its process group anyway
    }
  }

  public static String jdbcUrl() {
    return POSTGRES.getJdbcUrl("postgres", "postgres");
  }

  public static String user() {
    return "postgres";
  }

  public static int port() {
    return POSTGRES.getPort();
  }

  /** An unpooled data source for set-up and inspection, outside the code under test. */
  public static DataSource adminDataSource() {
    return POSTGRES.getPostgresDatabase();
  }

  /** Runs statements on a fresh admin connection, auto-committed. */
  public static void execute(String... sql) {
    try (Connection connection = adminDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("test set-up failed: " + e.getMessage(), e);
    }
  }
}
