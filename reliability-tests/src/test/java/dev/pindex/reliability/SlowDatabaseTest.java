package dev.pindex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 4: statements that outlive {@code statement_timeout} (they wait for a table the test has
 * locked) are cancelled by the server and answered 503, and their connections go back to the pool
 * and serve the next requests.
 */
@ExtendWith(CapturedLogs.class)
@Order(4)
class SlowDatabaseTest {

  private static final int POOL_SIZE = 2;
  private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(1);

  @Test
  @SuppressWarnings("try") // the table lock works by being held, not by being called
  void a_statement_past_its_timeout_is_cancelled_answered_503_and_its_connection_reused()
      throws Exception {
    Figures figures = new Figures("slow-database");
    Postgres postgres = Postgres.shared();
    try (Service service =
        Service.start(
            postgres,
            "slow",
            Map.of(
                "DB_POOL_SIZE",
                Integer.toString(POOL_SIZE),
                "DB_MAX_OVERFLOW",
                "0",
                "DB_POOL_TIMEOUT_S",
                "10",
                "DB_STATEMENT_TIMEOUT_MS",
                Long.toString(STATEMENT_TIMEOUT.toMillis())))) {
      service.newAsset("SLOW");
      String token = service.adminToken();
      Http http = service.http().countingIn(figures);
      http.get("/api/v1/assets/SLOW").expect(200);
      Set<String> backendsBefore = backends(service);
      int rounds = Suite.scaled(2, 10);

      List<Answer> cancelled = new ArrayList<>();
      long refusedWrites = 0;
      for (int round = 0; round < rounds; round++) {
        String refusedName = "refused in round " + round;
        ExecutorService clients = Executors.newFixedThreadPool(POOL_SIZE);
        try (TableLock lock = TableLock.hold(postgres, service.database(), "assets")) {
          Future<Answer> read = clients.submit(() -> http.get("/api/v1/assets/SLOW"));
          Future<Answer> write =
              clients.submit(
                  () ->
                      http.put(
                          "/api/v1/assets/SLOW",
                          "{\"name\":\"" + refusedName + "\"}",
                          Http.bearer(token)));
          cancelled.add(read.get(1, TimeUnit.MINUTES));
          Answer refused = write.get(1, TimeUnit.MINUTES);
          cancelled.add(refused);
          refusedWrites += refused.success() ? 0 : 1;
        } finally {
          clients.shutdown();
        }
        // the connections whose statements were cancelled serve the next requests at once
        http.get("/api/v1/assets/SLOW").expect(200);
        http.put("/api/v1/assets/SLOW", "{\"name\":\"Slow asset\"}", Http.bearer(token))
            .expect(200);
      }

      Set<String> backendsAfter = backends(service);
      JsonNode pool = service.pool();
      String storedName =
          postgres.value(service.database(), "SELECT name FROM assets WHERE symbol = 'SLOW'");
      figures.writes(rounds, storedName.equals("Slow asset") ? rounds : 0, 0);
      figures.put("cancelled", cancelled.stream().filter(Answer::unavailableAsPromised).count());
      figures.put("refused_writes_found", storedName.startsWith("refused") ? 1 : 0);
      figures.put(
          "shortest_503_wait_ms",
          cancelled.stream().mapToLong(a -> a.waited().toMillis()).min().orElse(-1));
      figures.put("same_backends_after", backendsAfter.equals(backendsBefore));
      figures.printAndCheck();

      assertThat(cancelled)
          .as("statements past statement_timeout answered 503 with Retry-After")
          .allSatisfy(answer -> assertThat(answer.unavailableAsPromised()).isTrue())
          .allSatisfy(
              answer -> assertThat(answer.waited()).isGreaterThanOrEqualTo(STATEMENT_TIMEOUT));
      assertThat(refusedWrites).isEqualTo(rounds);
      assertThat(storedName).isEqualTo("Slow asset");
      assertThat(backendsAfter)
          .as("the pool kept the connections whose statements were cancelled")
          .isEqualTo(backendsBefore);
      assertThat(pool.path("total").asInt()).isEqualTo(POOL_SIZE);
      assertThat(pool.path("active").asInt()).isZero();
      assertThat(
              postgres.rows(
                  "postgres",
                  "SELECT state FROM pg_stat_activity WHERE application_name = 'pindex'"
                      + " AND datname = '"
                      + service.database()
                      + "'"))
          .as("no session left in an aborted transaction")
          .allSatisfy(state -> assertThat(state.get(0)).isEqualTo("idle"));
    }
  }

  /** The server processes behind the service's connections. */
  private static Set<String> backends(Service service) {
    Set<String> pids = new TreeSet<>();
    service
        .postgres()
        .rows(
            "postgres",
            "SELECT pid FROM pg_stat_activity WHERE application_name = 'pindex' AND datname = '"
                + service.database()
                + "'")
        .forEach(row -> pids.add(row.get(0)));
    return pids;
  }
}
