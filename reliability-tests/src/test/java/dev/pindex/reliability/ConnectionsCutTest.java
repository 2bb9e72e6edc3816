package dev.pindex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 2: the server terminates the service's connections ({@code pg_terminate_backend}, as an
 * operator or a failover does) again and again while clients read and send idempotent writes.
 */
@ExtendWith(CapturedLogs.class)
@Order(2)
class ConnectionsCutTest {

  private static final int CLIENTS = 6;
  private static final int POOL_SIZE = 4;

  @Test
  void reads_and_idempotent_writes_are_retried_and_succeed_and_the_pool_refills() throws Exception {
    Duration cutting = Suite.scaled(Duration.ofSeconds(6), Duration.ofSeconds(60));
    long cutEveryMillis = 250;
    Figures figures = new Figures("connections-cut");
    IdempotentWrites writes = new IdempotentWrites("CUT");
    Postgres postgres = Postgres.shared();

    try (Service service =
        Service.start(
            postgres,
            "cut",
            Map.of(
                "DB_POOL_SIZE", Integer.toString(POOL_SIZE),
                "DB_MAX_OVERFLOW", "4",
                "DB_POOL_TIMEOUT_S", "2"))) {
      writes.prepare(service, CLIENTS);
      String token = service.adminToken();
      writes.putAllocation(service.http(), token, 0, 0).expect(200);
      Http http = service.http().countingIn(figures);
      String terminate =
          "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
              + " WHERE application_name = 'pindex' AND datname = '"
              + service.database()
              + "'";

      Load load =
          Load.start(
              "cut-client",
              CLIENTS,
              (client, step) -> {
                switch ((int) (step % 4)) {
                  case 0 -> http.get("/api/v1/assets/" + writes.symbol(client));
                  case 1 -> writes.putAsset(http, token, client, step);
                  case 2 -> writes.putAllocation(http, token, client, step);
                  default -> http.get("/api/v1/allocations");
                }
              });
      AtomicLong cuts = new AtomicLong();
      AtomicLong terminated = new AtomicLong();
      long until = System.nanoTime() + cutting.toNanos();
      while (System.nanoTime() < until) {
        Load.sleep(cutEveryMillis);
        terminated.addAndGet(Long.parseLong(postgres.value("postgres", terminate)));
        cuts.incrementAndGet();
      }
      load.stop();

      JsonNode pool = awaitRefilled(service);
      long retried = service.gauge("pindex.db.retry.successful_with_retry");
      writes.check(postgres, service.database(), figures);
      figures.put("cuts", cuts.get());
      figures.put("backends_terminated", terminated.get());
      figures.put("units_retried_successfully", retried);
      figures.put("pool_after", pool.path("total").asInt() + "/" + pool.path("pool_size").asInt());
      figures.put("server_connections_after", service.serverConnections());

      // afterwards, the refilled pool serves every client again
      for (int client = 0; client < CLIENTS; client++) {
        http.get("/api/v1/assets/" + writes.symbol(client)).expect(200);
        writes.putAsset(http, token, client, 1_000_000).expect(200);
      }
      figures.printAndCheck();

      assertThat(terminated.get()).as("backends terminated").isGreaterThan(cuts.get());
      assertThat(retried).as("units of work that succeeded on a retry").isPositive();
      assertThat(figures.ok())
          .as("every read and idempotent write succeeded: %s", figures.line())
          .isEqualTo(figures.sent());
    }
  }

  /** Waits until the pool holds its steady size again, all idle; answers {@code /pool}. */
  private static JsonNode awaitRefilled(Service service) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonNode pool = service.pool();
    while (System.nanoTime() < deadline) {
      pool = service.pool();
      if (pool.path("total").asInt() >= POOL_SIZE
          && pool.path("active").asInt() == 0
          && pool.path("pending").asInt() == 0) {
        return pool;
      }
      Load.sleep(100);
    }
    throw new AssertionError("the pool did not refill: " + pool);
  }
}
