package dev.pindex.reliability;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How long and how hard the suite runs. The default run is bounded for {@code mvn verify}; {@code
 * -Dreliability.full=true} runs the long version (10,000 hostile cases per route, longer fault
 * phases); {@code -Dreliability.seed=N} replays the hostile input of a printed seed.
 */
final class Suite {

  private Suite() {}

  static boolean full() {
    return Boolean.getBoolean("reliability.full");
  }

  /** The default run's figure, or the full run's. */
  static int scaled(int normal, int full) {
    return full() ? full : normal;
  }

  static Duration scaled(Duration normal, Duration full) {
    return full() ? full : normal;
  }

  /** Where figures and captured logs go: {@code reliability-tests/target/reliability}. */
  static Path outputDir() {
    return Path.of(System.getProperty("reliability.out", "target/reliability"));
  }
}
