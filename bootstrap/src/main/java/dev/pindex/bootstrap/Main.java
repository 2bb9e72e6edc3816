package dev.pindex.bootstrap;

import java.io.PrintWriter;

/**
 * The command line's entry point, and the one class that touches the standard streams: it hands
 * them to {@link PindexCli} as writers and exits with the command's code. {@code java -jar
 * pindex.jar} without arguments serves until SIGTERM or SIGINT and exits 0.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.setProperty("liquibase.analytics.enabled", "false");
    LogSettings.chooseConfiguration(System.getenv());
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int exitCode = PindexCli.run(args, System.getenv(), System.in, out, err);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }
}
