package dev.pindex.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a newcomer runs it: starts on the embedded default, answers, and on SIGTERM
 * exits 0 within 15 s leaving no PostgreSQL process behind. Prints the time to ready.
 */
class ProcessLifecycleIT {

  @TempDir Path dataDir;

  @Test
  void the_jar_starts_serves_and_exits_zero_on_sigterm_leaving_nothing_running() throws Exception {
    Duration cold = runOnce("cold (new data folder)");
    Duration warm = runOnce("warm (existing data folder)");
    System.out.printf("start to ready: cold %d ms, warm %d ms%n", cold.toMillis(), warm.toMillis());
  }

  private Duration runOnce(String label) throws Exception {
    int port = PackagedJar.freePort();
    int adminPort = PackagedJar.freePort();
    Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + port + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                PackagedJar.java(),
                "-Dliquibase.analytics.enabled=false",
                "-jar",
                PackagedJar.path().toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("PINDEX_DATA_DIR", dataDir.toString());
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("ADMIN_PORT", Integer.toString(adminPort));
    builder.environment().remove("DATABASE_URL");
    builder.environment().remove("APP_PROFILE");

    long started = System.nanoTime();
    Process process = builder.start();
    try {
      int ready = Http.awaitStatus(port, "/health/ready", 200, Duration.ofSeconds(90));
      Duration toReady = Duration.ofNanos(System.nanoTime() - started);
      assertThat(ready).as(label + " ready; log:%n%s", PackagedJar.log(log)).isEqualTo(200);
      assertThat(Http.get(adminPort, "/pool").body())
          .contains("\"pool_size\"", "\"max_pool_size\"", "\"overflow\"");
      List<ProcessHandle> postgres = postgresOf(process);
      assertThat(postgres).as("embedded PostgreSQL processes").isNotEmpty();

      process.destroy(); // SIGTERM
      assertThat(process.waitFor(15, TimeUnit.SECONDS)).as(label + " exited within 15 s").isTrue();
      assertThat(process.exitValue())
          .as(label + " exit code; log:%n%s", PackagedJar.log(log))
          .isZero();
      assertThat(awaitGone(postgres, Duration.ofSeconds(5)))
          .as("PostgreSQL processes left running")
          .isEmpty();
      assertThat(PackagedJar.log(log)).contains("pindex ready in").doesNotContain("ERROR");
      return toReady;
    } finally {
      process.destroyForcibly();
    }
  }

  /** The service's children: the postmaster is started by pg_ctl and may be reparented. */
  private List<ProcessHandle> postgresOf(Process process) {
    String cluster = dataDir.resolve("postgres").toString();
    return ProcessHandle.allProcesses()
        .filter(
            handle -> {
              Optional<String> commandLine = handle.info().commandLine();
              return commandLine.isPresent()
                  && commandLine.get().contains("postgres")
                  && commandLine.get().contains(cluster);
            })
        .toList();
  }

  /** The processes still alive after the deadline (an exited child may wait to be reaped). */
  private static List<ProcessHandle> awaitGone(List<ProcessHandle> processes, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    List<ProcessHandle> alive = processes;
    while (!alive.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      alive = alive.stream().filter(ProcessHandle::isAlive).toList();
    }
    return alive;
  }
}
