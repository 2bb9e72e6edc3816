package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the tests that run the packaged jar in a process of its own share. */
final class PackagedJar {

  private PackagedJar() {}

  /** The shaded jar that {@code mvn verify} built before the integration tests. */
  static Path path() {
    Path jar = Path.of(System.getProperty("pindex.jar", "target/pindex.jar"));
    assertThat(jar).as("the packaged jar (run through mvn verify)").exists();
    return jar;
  }

  /** The java of the JVM running the tests. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The process's log so far, for a failure message. */
  static String log(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log) : "(no log)";
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
