package dev.pindex.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A new, empty database on the shared test server: schema tests migrate and roll back freely in it
 * without disturbing other tests' tables.
 */
final class FreshDatabase {

  private static final AtomicInteger CREATED = new AtomicInteger();

  private final String name;

  private FreshDatabase(String name) {
    this.name = name;
  }

  static FreshDatabase create(String prefix) {
    FreshDatabase database = new FreshDatabase(prefix + "_" + CREATED.incrementAndGet());
    TestDatabase.execute("CREATE DATABASE " + database.name);
    return database;
  }

  String url() {
    return "jdbc:postgresql://localhost:" + TestDatabase.port() + "/" + name;
  }

  /** Where to connect, for a pool over this database. */
  ConnectionSettings connectionSettings() {
    return new ConnectionSettings(url(), TestDatabase.user(), null);
  }

  /**
   * A login role of this database's own that is no superuser, as a managed PostgreSQL gives an
   * application: it may read and write every table and sequence the migrations made, and nothing
   * more. Where to connect as it.
   */
  ConnectionSettings applicationRole() {
    String role = name + "_app";
    TestDatabase.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER");
    execute(
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role,
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + role);
    return new ConnectionSettings(url(), role, null);
  }

  /** An unpooled data source as the application's configuration would build it. */
  DataSource dataSource() {
    return dataSourceWithOptions(null);
  }

  /** Like {@link #dataSource()}, with server settings such as {@code -c statement_timeout=1}. */
  DataSource dataSourceWithOptions(String options) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url());
    dataSource.setUser(TestDatabase.user());
    dataSource.setOptions(options);
    return dataSource;
  }

  void execute(String... sql) {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("test statement failed: " + e.getMessage(), e);
    }
  }

  /** The first column of every row the query returns, as text. */
  List<String> column(String sql) {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException("test query failed: " + e.getMessage(), e);
    }
  }
}
