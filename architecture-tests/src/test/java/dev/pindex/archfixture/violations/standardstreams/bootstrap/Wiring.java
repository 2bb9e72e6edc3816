package dev.pindex.archfixture.violations.standardstreams.bootstrap;

/** Bootstrap, but not the command-line entry point. */
final class Wiring {
  void started() {
    System.err.println("started");
  }
}
