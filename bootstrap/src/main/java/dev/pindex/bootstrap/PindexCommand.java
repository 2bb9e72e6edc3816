package dev.pindex.bootstrap;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code pindex}: without a command it serves, as {@code java -jar pindex.jar} always has. */
@Command(
    name = "pindex",
    description = {
      "The pindex portfolio-index service and its operations.",
      "Configuration comes from environment variables (see the README); without a command,"
          + " pindex serves."
    },
    synopsisSubcommandLabel = "[COMMAND]")
final class PindexCommand implements Callable<Integer> {

  private final ServeCommand serve;

  PindexCommand(ServeCommand serve) {
    this.serve = serve;
  }

  @Override
  public Integer call() {
    return serve.call();
  }
}
