package dev.pindex.persistence;

import java.util.Locale;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each changeset a migration applies or rolls back; a run that changes nothing logs nothing.
 */
final class ChangesetLogger extends AbstractChangeExecListener {

  // under the public class's name, the logger an operator would look for
  private static final Logger LOG = LoggerFactory.getLogger(LiquibaseMigrations.class);

  @Override
  public void ran(
      ChangeSet changeSet,
      DatabaseChangeLog changeLog,
      Database database,
      ChangeSet.ExecType execType) {
    LOG.info(
        "changeset {}: {}",
        LiquibaseMigrations.nameOf(changeSet),
        execType.name().toLowerCase(Locale.ROOT));
  }

  @Override
  public void rolledBack(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database) {
    LOG.info("changeset {}: rolled back", LiquibaseMigrations.nameOf(changeSet));
  }
}
