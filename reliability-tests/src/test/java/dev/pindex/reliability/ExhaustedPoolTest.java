package dev.pindex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 3: ten times more concurrent clients than the pool's ceiling, each on a slow request (a
 * read that waits for a table the test has locked), queue for a connection; those that get none
 * within the pool timeout are answered 503 with {@code Retry-After}, and the pool shrinks back to
 * its steady size afterwards.
 */
@ExtendWith(CapturedLogs.class)
@Order(3)
class ExhaustedPoolTest {

  private static final int POOL_SIZE = 2;
  private static final int MAX_OVERFLOW = 2;
  private static final int CEILING = POOL_SIZE + MAX_OVERFLOW;
  private static final int CLIENTS = 10 * CEILING;
  private static final Duration POOL_TIMEOUT = Duration.ofSeconds(2);
  private static final Duration MARGIN = Duration.ofMillis(1500);
  // the slow requests hold their connections this long, well past the pool timeout
  private static final Duration LOCK_HELD = Duration.ofSeconds(4);

  @Test
  @SuppressWarnings("try") // the table lock works by being held, not by being called
  void requests_beyond_the_ceiling_wait_the_pool_timeout_then_answer_503_and_the_pool_recovers()
      throws Exception {
    int rounds = Suite.scaled(1, 3);
    Figures figures = new Figures("pool-exhaustion");
    Postgres postgres = Postgres.shared();
    try (Service service =
        Service.start(
            postgres,
            "exhaust",
            Map.of(
                "DB_POOL_SIZE", Integer.toString(POOL_SIZE),
                "DB_MAX_OVERFLOW", Integer.toString(MAX_OVERFLOW),
                "DB_POOL_TIMEOUT_S", Long.toString(POOL_TIMEOUT.toSeconds()),
                // overflow is retired after recycle - 1 s idle: 29 s
                "DB_POOL_RECYCLE_S", "30"))) {
      service.newAsset("SLOW");
      Http http = service.http().countingIn(figures);
      List<Answer> slow = new ArrayList<>();
      String readinessWhileFull = "";
      JsonNode poolWhileFull = null;

      for (int round = 0; round < rounds; round++) {
        List<Future<Answer>> pending;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (TableLock lock = TableLock.hold(postgres, service.database(), "assets")) {
          pending = all(clients, () -> http.get("/api/v1/assets/SLOW"));
          Load.sleep(POOL_TIMEOUT.toMillis() / 2);
          poolWhileFull = service.pool();
          readinessWhileFull = Integer.toString(service.http().get("/health/ready").status());
          Load.sleep(LOCK_HELD.toMillis() - POOL_TIMEOUT.toMillis() / 2);
        }
        for (Future<Answer> answer : pending) {
          slow.add(answer.get(1, TimeUnit.MINUTES));
        }
        clients.shutdown();
      }

      JsonNode recovered = awaitSteadySize(service, Duration.ofSeconds(60));
      // and with fast requests, the same crowd queues and is served
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Answer> fast = new ArrayList<>();
      for (Future<Answer> answer : all(clients, () -> http.get("/api/v1/assets/SLOW"))) {
        fast.add(answer.get(1, TimeUnit.MINUTES));
      }
      clients.shutdown();

      List<Answer> refused = slow.stream().filter(Answer::unavailableAsPromised).toList();
      figures.put("clients", CLIENTS);
      figures.put("ceiling", CEILING);
      figures.put("rounds", rounds);
      figures.put("pool_while_full", compact(poolWhileFull));
      figures.put("readiness_while_full", readinessWhileFull);
      figures.put(
          "shortest_503_wait_ms",
          refused.stream().mapToLong(a -> a.waited().toMillis()).min().orElse(-1));
      figures.put("pool_after", compact(recovered));
      figures.printAndCheck();

      assertThat(slow.stream().filter(Answer::success).count())
          .as("slow requests served: no more than the ceiling per round held a connection")
          .isLessThanOrEqualTo((long) CEILING * rounds);
      assertThat(refused)
          .as("requests beyond the ceiling answered 503 with Retry-After")
          .hasSizeGreaterThanOrEqualTo((CLIENTS - CEILING) * rounds);
      assertThat(refused)
          .as("each 503 came after waiting the pool timeout, not sooner")
          .allSatisfy(
              answer ->
                  assertThat(answer.waited()).isGreaterThanOrEqualTo(POOL_TIMEOUT.minusMillis(50)));
      assertThat(refused)
          .as("and not much later")
          .allSatisfy(answer -> assertThat(answer.waited()).isLessThan(POOL_TIMEOUT.plus(MARGIN)));
      assertThat(poolWhileFull.path("active").asInt()).isEqualTo(CEILING);
      assertThat(fast).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
    }
  }

  /** Releases {@link #CLIENTS} requests at once; their answers, to come. */
  private static List<Future<Answer>> all(ExecutorService clients, Callable<Answer> request) {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Answer>> answers = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      answers.add(
          clients.submit(
              () -> {
                go.await();
                return request.call();
              }));
    }
    go.countDown();
    return answers;
  }

  /** Waits until the pool is idle at its steady size: overflow retired, nothing pending. */
  private static JsonNode awaitSteadySize(Service service, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    JsonNode pool;
    do {
      pool = service.pool();
      if (pool.path("total").asInt() == POOL_SIZE
          && pool.path("idle").asInt() == POOL_SIZE
          && pool.path("overflow").asInt() == 0
          && pool.path("pending").asInt() == 0) {
        return pool;
      }
      Load.sleep(250);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("the pool did not return to its steady size: " + pool);
  }

  private static String compact(JsonNode pool) {
    return "total:"
        + pool.path("total").asInt()
        + ",active:"
        + pool.path("active").asInt()
        + ",idle:"
        + pool.path("idle").asInt()
        + ",pending:"
        + pool.path("pending").asInt();
  }
}
