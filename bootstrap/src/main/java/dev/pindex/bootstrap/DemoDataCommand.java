package dev.pindex.bootstrap;

import com.codahale.metrics.MetricRegistry;
import dev.pindex.persistence.LiquibaseMigrations;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pindex demo-data}: the demo universe in a database without assets, as {@code
 * DEMO_DATA=true} loads it at start. A database that holds assets is left alone, and that is no
 * failure, so deployment scripts may run it every time.
 */
@Command(
    name = "demo-data",
    description = {
      "Migrates the database and fills it with the demo universe (assets, ten years of prices,"
          + " allocations, index values and risk metrics) if it holds no assets yet."
    },
    exitCodeList = {"0:loaded, or skipped because the database already holds assets"})
final class DemoDataCommand implements Callable<Integer> {

  private final Map<String, String> env;
  @Spec private CommandSpec spec;

  DemoDataCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    AppConfig config = AppConfig.from(env);
    PrintWriter out = spec.commandLine().getOut();
    try (Database database = Database.openForCommand(config)) {
      new LiquibaseMigrations(database.pool()).migrate();
      Persistence.postgres(database.pool(), new MetricRegistry(), config.logging().statements())
          .demoData()
          .loadIfEmpty()
          .ifPresentOrElse(
              summary -> out.println("demo data loaded: " + summary),
              () -> out.println("demo data skipped: the database already holds assets"));
    }
    return 0;
  }
}
