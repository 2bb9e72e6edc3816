package dev.pindex.bootstrap;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command line, {@code pindex [command]}: the commands over the given environment and standard
 * input, printing to the writers {@link Main} hands over. Every command takes {@code --help} and
 * lists its exit codes; a command's own codes come from its {@code exitCodeList}.
 */
final class PindexCli {

  static final int FAILED = CommandLine.ExitCode.SOFTWARE;
  static final int USAGE = CommandLine.ExitCode.USAGE;

  private static final Logger LOG = LoggerFactory.getLogger(PindexCli.class);
  private static final Map<String, String> EXIT_CODES =
      Map.of(
          "0",
          "done",
          Integer.toString(FAILED),
          "failed (the database unreachable, a migration refused, ...)",
          Integer.toString(USAGE),
          "wrong usage, or a bad environment variable (the message names it)");

  private PindexCli() {}

  static int run(
      String[] args, Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(env, in);
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }

  static CommandLine commandLine(Map<String, String> env, InputStream in) {
    ServeCommand serve = new ServeCommand(env);
    CommandLine cli =
        new CommandLine(new PindexCommand(serve))
            .addSubcommand(serve)
            .addSubcommand(new DbCommand(env))
            .addSubcommand(new CreateAdminCommand(env, in))
            .addSubcommand(new ConfigCommand(env))
            .addSubcommand(new DemoDataCommand(env));
    cli.setExecutionExceptionHandler(PindexCli::failed);
    document(cli);
    return cli;
  }

  /** A configuration error is the user's to fix (2); anything else failed (1), logged in full. */
  private static int failed(
      Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
    String name = command.getCommandSpec().qualifiedName();
    if (failure instanceof ConfigurationError) {
      command.getErr().println(name + ": " + failure.getMessage());
      return USAGE;
    }
    LOG.error("{} failed", name, failure);
    command.getErr().println(name + " failed: " + failure.getMessage());
    return FAILED;
  }

  private static void document(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help and exit.")
            .build());
    Map<String, String> codes = new TreeMap<>(EXIT_CODES);
    codes.putAll(spec.usageMessage().exitCodeList());
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    command.getSubcommands().values().forEach(PindexCli::document);
  }
}
