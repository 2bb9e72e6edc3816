package dev.pindex.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A PostgreSQL server outside the application, as a {@code DATABASE_URL} names one: started once
 * per test JVM, with a fresh database for each test that asks.
 */
final class ExternalPostgres {

  private static final EmbeddedPostgres SERVER = start();
  private static final AtomicInteger CREATED = new AtomicInteger();

  private ExternalPostgres() {}

  private static EmbeddedPostgres start() {
    try {
      EmbeddedPostgres server = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(ExternalPostgres::stop, "external-pg-stop"));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void stop() {
    try {
      SERVER.close();
    } catch (IOException ignored) {
      // the JVM is exiting
    }
  }

  /** A new empty database; its name. */
  static String freshDatabase(String prefix) {
    String name = prefix + "_" + CREATED.incrementAndGet();
    execute("postgres", "CREATE DATABASE " + name);
    return name;
  }

  static int port() {
    return SERVER.getPort();
  }

  /** {@code postgres://postgres@127.0.0.1:port/database}, the form hosting platforms hand out. */
  static String url(String database) {
    return "postgres://postgres@127.0.0.1:" + port() + "/" + database;
  }

  static void execute(String database, String... sql) {
    try (Connection connection = SERVER.getDatabase("postgres", database).getConnection();
        Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of every row, as text. */
  static List<String> column(String database, String sql) {
    try (Connection connection = SERVER.getDatabase("postgres", database).getConnection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
