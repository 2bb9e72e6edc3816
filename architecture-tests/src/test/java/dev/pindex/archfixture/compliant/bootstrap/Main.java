package dev.pindex.archfixture.compliant.bootstrap;

/** The command-line entry point: the one class that may print. */
public final class Main {
  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: pindex <jdbc-url>");
      return;
    }
    Wiring wiring = new Wiring(args[0]);
    Runtime.getRuntime().addShutdownHook(new Thread(wiring::close));
    System.out.println("started");
  }
}
