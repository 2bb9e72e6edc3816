package dev.pindex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 1: clients read and write continuously while PostgreSQL is stopped for a few seconds and
 * started again under the running service.
 */
@ExtendWith(CapturedLogs.class)
@Order(1)
class DatabaseRestartTest {

  private static final int CLIENTS = 6;
  private static final Duration POOL_TIMEOUT = Duration.ofSeconds(2);
  // what a request may take beyond the pool timeout: a failed first attempt and the retry's
  // backoff before the attempt that waits for the pool, on a machine the suite shares
  private static final Duration MARGIN = Duration.ofMillis(1500);

  private record Timed(long startedNanos, Answer answer) {}

  @Test
  void readiness_follows_the_outage_and_no_acknowledged_write_is_lost() throws Exception {
    int restarts = Suite.scaled(1, 3);
    Duration outage = Suite.scaled(Duration.ofSeconds(3), Duration.ofSeconds(6));
    Duration steady = Suite.scaled(Duration.ofSeconds(2), Duration.ofSeconds(5));
    Figures figures = new Figures("database-restart");
    IdempotentWrites writes = new IdempotentWrites("RST");
    ConcurrentLinkedQueue<Timed> answers = new ConcurrentLinkedQueue<>();

    try (Postgres postgres = Postgres.startNew();
        Service service =
            Service.start(
                postgres,
                "restart",
                Map.of(
                    "DB_POOL_SIZE", "4",
                    "DB_MAX_OVERFLOW", "4",
                    "DB_POOL_TIMEOUT_S", Long.toString(POOL_TIMEOUT.toSeconds())))) {
      writes.prepare(service, CLIENTS);
      String token = service.adminToken();
      writes.putAllocation(service.http(), token, 0, 0).expect(200);
      Http http = service.http().countingIn(figures);

      long recoveredAt = Long.MAX_VALUE;
      try (Readiness readiness = new Readiness(service.port())) {
        Load load =
            Load.start(
                "restart-client",
                CLIENTS,
                (client, step) -> {
                  long started = System.nanoTime();
                  Answer answer =
                      switch ((int) (step % 4)) {
                        case 0 -> http.get("/api/v1/assets/" + writes.symbol(client));
                        case 1 -> writes.putAsset(http, token, client, step);
                        case 2 -> writes.putAllocation(http, token, client, step);
                        default -> http.get("/api/v1/allocations");
                      };
                  answers.add(new Timed(started, answer));
                });
        readiness.await(200, System.nanoTime(), Duration.ofSeconds(10));
        Load.sleep(steady.toMillis());
        for (int i = 0; i < restarts; i++) {
          long stoppedAt = System.nanoTime();
          postgres.stop();
          readiness.await(503, stoppedAt, Duration.ofSeconds(15));
          Load.sleep(outage.toMillis());
          long startedAt = System.nanoTime();
          postgres.start();
          recoveredAt = readiness.await(200, startedAt, Duration.ofSeconds(30));
          Load.sleep(steady.toMillis());
        }
        load.stop();
        figures.put("readiness", readiness.transitions());
      }

      writes.check(postgres, service.database(), figures);
      long recoveredAtFinal = recoveredAt;
      List<Answer> afterRecovery =
          answers.stream()
              .filter(timed -> timed.startedNanos() > recoveredAtFinal)
              .map(Timed::answer)
              .toList();
      figures.put("restarts", restarts);
      figures.put("after_recovery", afterRecovery.size());
      figures.printAndCheck();

      assertThat(figures.unavailable()).as("503s while the database was down").isPositive();
      assertThat(figures.clientErrors()).as("4xx: every request was valid").isZero();
      assertThat(figures.longestWaitMillis())
          .as("the longest wait, against the pool timeout plus a margin")
          .isLessThanOrEqualTo(POOL_TIMEOUT.plus(MARGIN).toMillis());
      assertThat(afterRecovery).as("requests after readiness was up again").hasSizeGreaterThan(20);
      assertThat(afterRecovery.stream().filter(answer -> !answer.success()).toList())
          .as("requests started after readiness was up again that failed")
          .isEmpty();
      assertThat(figures.line()).contains("refused_writes_found=0");
      assertThat(figures.line()).containsPattern("readiness=200(>503>200)+ ");
    }
  }
}
