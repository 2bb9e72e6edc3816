package dev.pindex.bootstrap;

import dev.pindex.persistence.LiquibaseMigrations;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code pindex db migrate | rollback --count N | status}: the schema's changesets, on {@code
 * DATABASE_URL}'s database or on the embedded one, started for the command and stopped after it.
 */
@Command(
    name = "db",
    description = "Applies, rolls back or lists the schema's changesets.",
    synopsisSubcommandLabel = "COMMAND")
final class DbCommand implements Runnable {

  static final int PENDING = 3;

  private final Map<String, String> env;
  @Spec private CommandSpec spec;

  DbCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing command: migrate, rollback or status");
  }

  @Command(name = "migrate", description = "Applies every changeset not applied yet.")
  int migrate() {
    return withMigrations(
        migrations -> {
          int pending = migrations.pending().size();
          migrations.migrate();
          out().println("applied " + pending + " changesets");
          return 0;
        });
  }

  @Command(
      name = "rollback",
      description = "Rolls back the most recently applied changesets, newest first.")
  int rollback(
      @Option(
              names = "--count",
              required = true,
              paramLabel = "N",
              description = "how many changesets to roll back (at least 1)")
          int count) {
    if (count < 1) {
      throw new ParameterException(
          spec.subcommands().get("rollback"), "--count must be at least 1, was " + count);
    }
    return withMigrations(
        migrations -> {
          int pendingBefore = migrations.pending().size();
          migrations.rollback(count);
          out()
              .println(
                  "rolled back " + (migrations.pending().size() - pendingBefore) + " changesets");
          return 0;
        });
  }

  @Command(
      name = "status",
      description = "Lists the changesets not applied yet, one per line.",
      exitCodeList = {"0:none pending", "3:changesets pending (listed)"})
  int status() {
    return withMigrations(
        migrations -> {
          List<String> pending = migrations.pending();
          PrintWriter out = out();
          out.println(pending.size() + " changesets pending");
          pending.forEach(out::println);
          return pending.isEmpty() ? 0 : PENDING;
        });
  }

  private int withMigrations(ToIntFunction<LiquibaseMigrations> work) {
    try (Database database = Database.openForCommand(AppConfig.from(env))) {
      return work.applyAsInt(new LiquibaseMigrations(database.pool()));
    }
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
