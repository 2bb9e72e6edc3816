package dev.pindex.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiquibaseMigrationsTest {

  /** A changeset by name, and the one database object it creates. */
  private record Changeset(String name, String creates) {}

  /** Every changeset in changelog order. */
  private static final List<Changeset> CHANGESETS =
      List.of(
          new Changeset("pindex:001-touch-updated-at-function", "function touch_updated_at"),
          new Changeset("pindex:002-users", "table users"),
          new Changeset("pindex:003-assets", "table assets"),
          new Changeset("pindex:004-prices", "table prices"),
          new Changeset("pindex:005-index-values", "table index_values"),
          new Changeset("pindex:006-allocations", "table allocations"),
          new Changeset("pindex:007-strategy-config", "table strategy_config"),
          new Changeset("pindex:008-risk-metrics", "table risk_metrics"));

  /** pg_locks spans the server; tests look only at advisory locks in their own database. */
  private static final String ADVISORY_LOCKS_HERE =
      " WHERE locktype = 'advisory'"
          + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

  private FreshDatabase database;
  private LiquibaseMigrations migrations;

  @BeforeEach
  void create_an_empty_database() {
    database = FreshDatabase.create("migrations");
    migrations = new LiquibaseMigrations(database.dataSource());
  }

  @Test
  void migrate_on_an_empty_database_creates_all_seven_tables_and_the_named_indexes() {
    migrations.migrate();

    assertThat(pindexObjects()).containsExactlyInAnyOrderElementsOf(creates(CHANGESETS));
    assertThat(
            database.column(
                "SELECT tablename || '.' || indexname FROM pg_indexes"
                    + " WHERE indexname IN"
                    + " ('idx_price_asset_date', 'idx_index_value_date', 'idx_allocation_date')"))
        .containsExactlyInAnyOrder(
            "prices.idx_price_asset_date",
            "index_values.idx_index_value_date",
            "allocations.idx_allocation_date");
    assertThat(
            database.column(
                "SELECT conrelid::regclass || '.' || conname || '(' || pg_get_constraintdef(oid) || ')'"
                    + " FROM pg_constraint WHERE contype = 'p' AND conname LIKE 'idx\\_%'"))
        .containsExactlyInAnyOrder(
            "prices.idx_price_asset_date(PRIMARY KEY (asset_id, date))",
            "index_values.idx_index_value_date(PRIMARY KEY (date))",
            "allocations.idx_allocation_date(PRIMARY KEY (date, asset_id))");
  }

  @Test
  void pending_lists_every_changeset_before_migrate_and_none_after() {
    assertThat(migrations.pending()).containsExactlyElementsOf(names(CHANGESETS));
    assertThat(database.column("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
        .as("listing pending changesets creates no table, not even Liquibase's own")
        .isEmpty();

    migrations.migrate();

    assertThat(migrations.pending()).isEmpty();
  }

  @Test
  void every_changeset_rolls_back_and_reapplies_cleanly() {
    migrations.migrate();

    for (int applied = CHANGESETS.size(); applied > 0; applied--) {
      migrations.rollback(1);

      List<Changeset> stillApplied = CHANGESETS.subList(0, applied - 1);
      assertThat(pindexObjects())
          .as("after rolling back %s", CHANGESETS.get(applied - 1).name())
          .containsExactlyInAnyOrderElementsOf(creates(stillApplied));
      assertThat(migrations.pending())
          .containsExactlyElementsOf(names(CHANGESETS.subList(applied - 1, CHANGESETS.size())));
    }

    migrations.migrate();

    assertThat(migrations.pending()).isEmpty();
    assertThat(pindexObjects()).hasSize(CHANGESETS.size());
  }

  @Test
  void rollback_of_more_changesets_than_applied_rolls_back_all_of_them() {
    migrations.migrate();

    migrations.rollback(CHANGESETS.size() + 5);

    assertThat(pindexObjects()).isEmpty();
  }

  @Test
  void rollback_refuses_a_count_below_one() {
    assertThatThrownBy(() -> migrations.rollback(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void migrate_succeeds_although_the_application_sets_a_one_millisecond_statement_timeout() {
    LiquibaseMigrations withShortTimeout =
        new LiquibaseMigrations(database.dataSourceWithOptions("-c statement_timeout=1"));

    withShortTimeout.migrate();

    assertThat(withShortTimeout.pending()).isEmpty();
    assertThat(pindexObjects()).hasSize(CHANGESETS.size());
  }

  @Test
  void migrate_hands_a_pooled_connection_back_with_the_callers_settings() throws SQLException {
    HikariConfig config = new HikariConfig();
    config.setDataSource(database.dataSource());
    config.setMaximumPoolSize(1);
    config.setConnectionInitSql("SET statement_timeout = '5s'; SET lock_timeout = '3s'");
    try (HikariDataSource pool = new HikariDataSource(config)) {
      String backendBefore = firstValue(pool, "SELECT pg_backend_pid()");

      new LiquibaseMigrations(pool).migrate();

      try (Connection connection = pool.getConnection()) {
        assertThat(firstValue(connection, "SELECT pg_backend_pid()"))
            .as("the same pooled connection")
            .isEqualTo(backendBefore);
        assertThat(firstValue(connection, "SHOW statement_timeout")).isEqualTo("5s");
        assertThat(firstValue(connection, "SHOW lock_timeout")).isEqualTo("3s");
        assertThat(firstValue(connection, "SELECT count(*) FROM pg_locks" + ADVISORY_LOCKS_HERE))
            .as("the migration lock is released")
            .isEqualTo("0");
        assertThat(connection.getAutoCommit()).isTrue();
      }
    }
  }

  @Test
  void migrate_waits_while_another_session_holds_the_migration_lock() throws Exception {
    CompletableFuture<Void> migration;
    try (Connection otherProcess = database.dataSource().getConnection()) {
      advisoryLock(otherProcess, "pg_advisory_lock");

      migration = CompletableFuture.runAsync(migrations::migrate);
      awaitMigrationWaitingForTheLock(migration);

      assertThat(migration).isNotDone();
      assertThat(pindexObjects()).isEmpty();
      advisoryLock(otherProcess, "pg_advisory_unlock");
    }
    migration.get(1, TimeUnit.MINUTES);

    assertThat(migrations.pending()).isEmpty();
  }

  @Test
  void migrations_started_at_once_by_two_processes_both_succeed_and_apply_each_changeset_once(
      @TempDir Path logs) throws IOException, InterruptedException {
    Process first = startMigrationProcess(logs.resolve("first.log"));
    Process second = startMigrationProcess(logs.resolve("second.log"));

    assertExitsCleanly(first, logs.resolve("first.log"));
    assertExitsCleanly(second, logs.resolve("second.log"));
    assertThat(database.column("SELECT author || ':' || id FROM databasechangelog ORDER BY 1"))
        .containsExactlyElementsOf(names(CHANGESETS));
    assertThat(migrations.pending()).isEmpty();
  }

  /**
   * The tables and functions this project owns, as "table users" or "function touch_updated_at".
   */
  private List<String> pindexObjects() {
    List<String> objects = new ArrayList<>();
    database
        .column(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename NOT IN ('databasechangelog', 'databasechangeloglock')")
        .forEach(table -> objects.add("table " + table));
    database
        .column("SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace")
        .forEach(function -> objects.add("function " + function));
    return objects;
  }

  private static List<String> names(List<Changeset> changesets) {
    return changesets.stream().map(Changeset::name).toList();
  }

  private static List<String> creates(List<Changeset> changesets) {
    return changesets.stream().map(Changeset::creates).toList();
  }

  private static void advisoryLock(Connection connection, String function) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
      statement.setLong(1, MigrationConnection.MIGRATION_LOCK);
      statement.execute();
    }
  }

  private void awaitMigrationWaitingForTheLock(CompletableFuture<Void> migration)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (database
        .column("SELECT 1 FROM pg_locks" + ADVISORY_LOCKS_HERE + " AND NOT granted")
        .isEmpty()) {
      assertThat(migration).as("migration ran without waiting for the lock").isNotDone();
      assertThat(System.nanoTime()).as("migration asked for the lock in time").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private Process startMigrationProcess(Path log) throws IOException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Dliquibase.analytics.enabled=false",
            "-cp",
            classPath,
            MigrateInAnotherProcess.class.getName(),
            database.url(),
            TestDatabase.user())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static void assertExitsCleanly(Process process, Path log)
      throws InterruptedException, IOException {
    boolean exited = process.waitFor(2, TimeUnit.MINUTES);
    if (!exited) {
      process.destroyForcibly();
    }
    assertThat(exited && process.exitValue() == 0)
        .as("migration process exited cleanly; its output:%n%s", Files.readString(log))
        .isTrue();
  }

  private static String firstValue(HikariDataSource pool, String sql) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      return firstValue(connection, sql);
    }
  }

  private static String firstValue(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
