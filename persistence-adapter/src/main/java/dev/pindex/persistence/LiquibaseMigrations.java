package dev.pindex.persistence;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.changelog.ChangeSet;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.ChangeExecListenerCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.exception.CommandExecutionException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Applies and undoes the schema in {@code db/changelog.sql} with Liquibase, on one connection at a
 * time taken from the given data source.
 *
 * <p>Changesets are named {@code "author:id"} exactly as their {@code --changeset} line writes
 * them, e.g. {@code "pindex:004-prices"}.
 *
 * <p>Several processes may migrate the same database at once: one applies the changesets while the
 * others wait (see {@link MigrationConnection}), then find nothing left to do. Neither the
 * application's {@code statement_timeout} nor its {@code lock_timeout} cuts a migration short.
 *
 * <p>Every method throws {@link IllegalStateException} when Liquibase or the database fails.
 */
public final class LiquibaseMigrations {

  static {
    // Liquibase otherwise sends usage analytics over the internet; an explicit setting still wins.
    if (System.getProperty("liquibase.analytics.enabled") == null) {
      System.setProperty("liquibase.analytics.enabled", "false");
    }
  }

  static final String CHANGELOG = "db/changelog.sql";

  private final DataSource dataSource;

  public LiquibaseMigrations(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Applies every changeset not applied yet, in changelog order. */
  public void migrate() {
    inLiquibase(
        "migrate",
        (database, resources) ->
            changelogCommand(UpdateCommandStep.COMMAND_NAME, database)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                .execute());
  }

  /**
   * Rolls back the {@code count} most recently applied changesets, newest first, each by its own
   * {@code --rollback}; fewer when fewer are applied.
   *
   * @throws IllegalArgumentException when {@code count} is below 1
   */
  public void rollback(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    inLiquibase(
        "roll back " + count + " changesets",
        (database, resources) ->
            changelogCommand(RollbackCountCommandStep.COMMAND_NAME, database)
                .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count)
                .execute());
  }

  /** The changesets not applied yet, in the order {@link #migrate()} would apply them. */
  public List<String> pending() {
    return inLiquibase(
        "list pending changesets",
        (database, resources) ->
            // The status command only prints its findings; the facade hands back the changesets.
            // Passing false skips creating Liquibase's tables, so listing changes nothing.
            new Liquibase(CHANGELOG, resources, database)
                .listUnrunChangeSets(new Contexts(), new LabelExpression(), false).stream()
                    .map(LiquibaseMigrations::nameOf)
                    .toList());
  }

  static String nameOf(ChangeSet changeSet) {
    return changeSet.getAuthor() + ":" + changeSet.getId();
  }

  private static CommandScope changelogCommand(String[] name, Database database)
      throws CommandExecutionException {
    return new CommandScope(name)
        .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
        .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
        .addArgumentValue(
            ChangeExecListenerCommandStep.CHANGE_EXEC_LISTENER_ARG, new ChangesetLogger());
  }

  @SuppressWarnings("try") // the resource accessor's close() declares Exception, which is caught
  private <T> T inLiquibase(String action, LiquibaseWork<T> work) {
    try (Connection connection = dataSource.getConnection();
        MigrationConnection migration = MigrationConnection.open(connection);
        ClassLoaderResourceAccessor resources =
            new ClassLoaderResourceAccessor(LiquibaseMigrations.class.getClassLoader())) {
      return Scope.child(quietScope(resources), () -> work.run(migration.database(), resources));
    } catch (Exception e) {
      throw new IllegalStateException("could not " + action + ": " + e.getMessage(), e);
    }
  }

  /**
   * Liquibase's log goes to SLF4J, and its console messages (banners, summaries) into that log as
   * Liquibase INFO instead of to standard output; {@link Slf4jLogService} writes that at debug, so
   * a start with nothing to migrate logs nothing at info.
   */
  private static Map<String, Object> quietScope(ResourceAccessor resources) {
    return Map.of(
        Scope.Attr.logService.name(), new Slf4jLogService(),
        Scope.Attr.ui.name(), new LoggerUIService(),
        Scope.Attr.resourceAccessor.name(), resources);
  }

  @FunctionalInterface
  private interface LiquibaseWork<T> {
    T run(Database database, ResourceAccessor resources) throws Exception;
  }
}
