package dev.pindex.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server outside the application, as a {@code DATABASE_URL} names one, on a fixed
 * port and data folder so that it can be stopped and started again under the running service. The
 * test talks to it directly as the superuser to check what the service stored and to make faults.
 */
final class Postgres implements AutoCloseable {

  private static Postgres shared;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final int port;
  private final Path dataDir;
  private volatile EmbeddedPostgres server;

  private Postgres(int port, Path dataDir) {
    this.port = port;
    this.dataDir = dataDir;
  }

  /** A new server of its own, in a new data folder. */
  static Postgres startNew() {
    try {
      Postgres postgres = new Postgres(freePort(), Files.createTempDirectory("pindex-rel-pg-"));
      postgres.start();
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One server for the scenarios that never stop it, each on a database of its own. */
  static synchronized Postgres shared() {
    if (shared == null) {
      shared = startNew();
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "reliability-pg-stop"));
    }
    return shared;
  }

  /** Starts the server (again), on the same port and data folder. */
  void start() {
    try {
      server =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the server the way an operator does ({@code pg_ctl stop -m fast}). */
  void stop() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port;
  }

  /**
   * A new database owned by a new login role with this password; answers the {@code DATABASE_URL}
   * the service is given, in the {@code postgres://} form hosting platforms hand out.
   */
  String newDatabase(String prefix, String password) {
    String name = prefix + "_" + DATABASES.incrementAndGet();
    execute(
        "postgres",
        "CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'",
        "CREATE DATABASE " + name + " OWNER " + name);
    return name;
  }

  static String url(Postgres server, String database, String password) {
    return "postgres://"
        + database
        + ":"
        + password
        + "@127.0.0.1:"
        + server.port()
        + "/"
        + database;
  }

  /** A connection of the superuser to {@code database}; the caller closes it. */
  Connection connect(String database) throws SQLException {
    return server.getDatabase("postgres", database).getConnection();
  }

  void execute(String database, String... sql) {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every row, each as its columns' text. */
  List<List<String>> rows(String database, String sql) {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      int columns = rows.getMetaData().getColumnCount();
      List<List<String>> all = new ArrayList<>();
      while (rows.next()) {
        List<String> row = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
          row.add(rows.getString(i));
        }
        all.add(row);
      }
      return all;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first column of the first row. */
  String value(String database, String sql) {
    List<List<String>> rows = rows(database, sql);
    return rows.isEmpty() ? null : rows.get(0).get(0);
  }

  /** Stops the server and deletes its data folder. */
  @Override
  public void close() {
    try {
      if (server != null) {
        server.close();
      }
    } catch (IOException ignored) {
      // stopping at the end of a run: nothing left to do
    }
    try (Stream<Path> paths = Files.walk(dataDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is no failure
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
