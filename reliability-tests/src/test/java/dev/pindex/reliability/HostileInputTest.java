package dev.pindex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pindex.reliability.HostileCases.Route;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scenario 6: generated hostile requests at every route, from a printed seed: malformed and random
 * JSON and CSV, query parameters, path segments, huge and tiny numbers, NaN, unicode, NUL bytes,
 * over-long strings, deep nesting, damaged tokens. Every answer must be a 4xx problem+json (or a
 * 2xx where the input happens to be valid), never a 5xx, never silence, never internals in a body;
 * and a refused request must leave the database as it was (its tables are checksummed after every
 * request that could write, and after every batch of reads).
 *
 * <p>{@code -Dreliability.seed=N} replays a run; {@code -Dreliability.case=route#n} replays one
 * case of it and prints its request and answer ({@code route#m..n} a run of cases, on one
 * connection as they ran); {@code -Dreliability.cases=N} sets the cases per route. The default run
 * sends {@value #DEFAULT_CASES} cases per route; {@code -Dreliability.full=true} sends {@value
 * #FULL_CASES}.
 */
@ExtendWith(CapturedLogs.class)
@Order(6)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

  static final int DEFAULT_CASES = 200;
  static final int FULL_CASES = 10_000;
  private static final int READS_PER_CHECKSUM = 50;
  private static final int REPORTED_FAILURES = 10;

  private final long seed =
      Long.getLong(
          "reliability.seed",
          System.getProperty("reliability.seed", "").isBlank()
              ? new SplittableRandom().nextLong()
              : 0);
  private final String onlyCase = System.getProperty("reliability.case", "");
  private final int cases =
      Integer.getInteger("reliability.cases", Suite.scaled(DEFAULT_CASES, FULL_CASES));
  private final Figures figures = new Figures("hostile-input");
  private final Map<String, String> perRoute = new TreeMap<>();
  private Service service;
  private Connection checksumSession;
  private HostileCases generator;
  private long refusedChecked;

  @BeforeAll
  void start_the_service_with_data_to_aim_at() {
    System.out.printf(
        "[reliability] hostile-input seed=%d cases_per_route=%d (replay: -Dreliability.seed=%d)%n",
        seed, cases, seed);
    service =
        Service.start(
            Postgres.shared(),
            "hostile",
            Map.of(
                "LOGIN_MAX_FAILURES_PER_ACCOUNT", "1000000",
                "LOGIN_MAX_FAILURES_PER_ADDRESS", "1000000",
                "DB_POOL_SIZE", "4",
                "DB_MAX_OVERFLOW", "4"));
    generator = new HostileCases(fixture());
    try {
      checksumSession = service.postgres().connect(service.database());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private HostileCases.Fixture fixture() {
    String admin = service.adminToken();
    String[] bearer = Http.bearer(admin);
    List<String> symbols = List.of("FZA", "FZB", "FZC", "BRK-B", "^GSPC");
    for (String symbol : symbols) {
      service.newAsset(symbol);
      service
          .http()
          .put(
              "/api/v1/prices",
              "[{\"symbol\":\"%s\",\"date\":\"2023-06-01\",\"close\":10,\"volume\":1},"
                      .formatted(symbol)
                  + "{\"symbol\":\"%s\",\"date\":\"2023-06-02\",\"close\":11,\"volume\":2}]"
                      .formatted(symbol),
              bearer)
          .expect(200);
    }
    service
        .http()
        .put(
            "/api/v1/index-values",
            "[{\"date\":\"2023-06-01\",\"value\":100},{\"date\":\"2023-06-02\",\"value\":101}]",
            bearer)
        .expect(200);
    service
        .http()
        .put(
            "/api/v1/risk-metrics",
            "[{\"date\":\"2023-06-01\",\"sharpe_ratio\":1,\"sortino_ratio\":1,\"volatility\":0.1,"
                + "\"max_drawdown\":-0.1,\"var_95\":-0.01},{\"date\":\"2023-06-02\","
                + "\"sharpe_ratio\":1,\"sortino_ratio\":1,\"volatility\":0.1,"
                + "\"max_drawdown\":-0.1,\"var_95\":-0.01}]",
            bearer)
        .expect(200);
    service
        .http()
        .put(
            "/api/v1/allocations/2023-06-30",
            "{\"items\":[{\"symbol\":\"FZA\",\"weight\":0.5},{\"symbol\":\"FZB\",\"weight\":0.5}]}",
            bearer)
        .expect(200);
    String password = "fuzz-user-password";
    String user = service.newUser("fuzz-user@example.com", password);
    String foreign = service.newUser("fuzz-other@example.com", "fuzz-other-password");
    String strategy =
        "{\"name\":\"%s\",\"momentum_weight\":0.25,\"value_weight\":0.25,\"quality_weight\":0.25,"
            + "\"low_volatility_weight\":0.25,\"max_position_weight\":0.1,"
            + "\"rebalance_frequency\":\"monthly\"}";
    long strategyId =
        service
            .http()
            .post("/api/v1/strategies", strategy.formatted("mine"), Http.bearer(user))
            .expect(201)
            .path("id")
            .asLong();
    long foreignId =
        service
            .http()
            .post("/api/v1/strategies", strategy.formatted("theirs"), Http.bearer(foreign))
            .expect(201)
            .path("id")
            .asLong();
    String etag =
        service
            .http()
            .get("/api/v1/strategies/" + strategyId, Http.bearer(user))
            .header("ETag")
            .orElseThrow();
    Map<String, String> cursors = new TreeMap<>();
    cursors.put("assets-list", cursor("/api/v1/assets?limit=1"));
    cursors.put("prices-list", cursor("/api/v1/assets/FZA/prices?limit=1"));
    cursors.put("index-values-list", cursor("/api/v1/index-values?limit=1"));
    cursors.put("risk-metrics-list", cursor("/api/v1/risk-metrics?limit=1"));
    return new HostileCases.Fixture(
        admin,
        user,
        foreign,
        symbols,
        strategyId,
        foreignId,
        etag,
        cursors,
        "fuzz-user@example.com",
        password);
  }

  private String cursor(String path) {
    JsonNode page = service.http().get(path).expect(200);
    return page.path("next_cursor").asText();
  }

  Stream<Route> routes() {
    String only = onlyCase.contains("#") ? onlyCase.substring(0, onlyCase.indexOf('#')) : "";
    return HostileCases.ROUTES.stream().filter(r -> only.isEmpty() || r.name().equals(only));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("routes")
  void every_hostile_request_is_answered_4xx_problem_or_2xx_and_a_refused_one_changes_nothing(
      Route route) {
    int port = route.admin() ? service.adminPort() : service.port();
    // route#n replays case n; route#m..n replays cases m to n on one connection, as they ran
    String[] range = onlyCase.contains("#") ? onlyCase.split("#")[1].split("\\.\\.") : null;
    int first = range == null ? 0 : Integer.parseInt(range[0]);
    int last = range == null ? cases - 1 : Integer.parseInt(range[range.length - 1]);
    boolean replay = range != null;
    List<String> failures = new ArrayList<>();
    int[] counts = new int[4]; // 2xx, 4xx, 5xx, none
    String checksum = checksum();
    int readsSinceChecksum = 0;
    try (WireClient wire = new WireClient(port)) {
      for (int n = 0; n < cases; n++) {
        if (n < first || n > last) {
          continue;
        }
        Hostile h = new Hostile(new SplittableRandom(caseSeed(route, n)));
        HostileCases.Case hostile = generator.build(route, h);
        WireClient.Response response = wire.send(hostile.request());
        if (response.status() == 505 && brokenRequestLine(hostile)) {
          figures.recordApart(answer(hostile, response), "505_for_a_broken_request_line");
        } else {
          figures.record(answer(hostile, response));
        }
        int status = response.status();
        counts[status == 0 ? 3 : status < 300 ? 0 : status < 500 ? 1 : 2]++;
        List<String> problems = problems(route, hostile, response);

        if (hostile.writes()) {
          String after = checksum();
          boolean refused = response.status() >= 400 && response.status() < 500;
          if (refused) {
            refusedChecked++;
            if (!after.equals(checksum)) {
              problems.add(
                  "it was refused with " + response.status() + " yet changed the database");
            }
          }
          checksum = after;
        } else if (++readsSinceChecksum == READS_PER_CHECKSUM || n == cases - 1) {
          String after = checksum();
          if (!after.equals(checksum)) {
            problems.add("the database changed during the reads up to this one");
          }
          checksum = after;
          readsSinceChecksum = 0;
        }
        if (replay) {
          System.out.printf(
              "[reliability] case %s#%d%n  request: %s%n  answer: %d %s %s%n",
              route.name(),
              n,
              hostile.request().excerpt(),
              response.status(),
              response.headers(),
              Json.abbreviate(response.text()));
        }
        if (!problems.isEmpty() && failures.size() < REPORTED_FAILURES) {
          failures.add(
              "%s#%d: %s%n    request: %s%n    answer: %d %s"
                  .formatted(
                      route.name(),
                      n,
                      String.join("; ", problems),
                      hostile.request().excerpt(),
                      response.status(),
                      Json.abbreviate(response.text())));
        } else if (!problems.isEmpty()) {
          failures.add("...");
        }
      }
    }
    perRoute.put(
        route.name(),
        "2xx=%d 4xx=%d 5xx=%d none=%d".formatted(counts[0], counts[1], counts[2], counts[3]));
    assertThat(failures)
        .as(
            "hostile cases at %s answered wrongly (replay one with -Dreliability.seed=%d"
                + " -Dreliability.case=%s#<n>)",
            route.name(), seed, route.name())
        .isEmpty();
  }

  /** What is wrong with an answer, if anything. */
  private static List<String> problems(
      Route route, HostileCases.Case hostile, WireClient.Response response) {
    List<String> problems = new ArrayList<>();
    int status = response.status();
    if (status == 0) {
      problems.add("no answer: " + response.failure());
      return problems;
    }
    if (status == 505 && brokenRequestLine(hostile)) {
      // a line break or space in the target leaves a request line without a version the server
      // speaks: RFC 9110 answers that with 505, the one 5xx that is the client's doing
    } else if (status >= 500) {
      problems.add("a server error");
    } else if (status < 200 || status >= 300 && status < 400) {
      problems.add("neither 2xx nor 4xx");
    }
    if (response.header("x-request-id") == null) {
      problems.add("no X-Request-Id");
    }
    String body = response.text();
    // the API's own description and the metrics' HELP texts name classes and SQL by design
    if (!route.name().equals("openapi") && !route.name().equals("admin-metrics") || status >= 400) {
      List<String> leaks = Leaks.in(body);
      if (!leaks.isEmpty()) {
        problems.add("the body shows internals " + leaks);
      }
    }
    boolean hasBody = !hostile.request().method().equals("HEAD") && status != 204;
    if (status >= 400 && status < 500 && hasBody) {
      String type = response.header("content-type");
      if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(Json.PROBLEM)) {
        problems.add("a refusal that is not problem+json but " + type);
      } else {
        try {
          JsonNode problem = Json.parse(body);
          if (problem.path("status").asInt() != status
              || problem.path("title").asText().isBlank()
              || !problem.path("type").asText().startsWith("/problems/")
              || problem.path("detail").asText().isBlank()) {
            problems.add("a problem body without its status, type, title and detail");
          }
        } catch (RuntimeException notJson) {
          problems.add("a problem body that is not JSON");
        }
      }
    }
    return problems;
  }

  private static boolean brokenRequestLine(HostileCases.Case hostile) {
    String target = hostile.request().target();
    return target.contains(" ") || target.contains("\n") || target.contains("\r");
  }

  private long caseSeed(Route route, int n) {
    long mixed = seed ^ (route.name().hashCode() * 0x9E3779B97F4A7C15L);
    return new SplittableRandom(mixed + n * 0xBF58476D1CE4E5B9L).nextLong();
  }

  private static Answer answer(HostileCases.Case hostile, WireClient.Response response) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    response.headers().forEach((name, value) -> headers.put(name, List.of(value)));
    return new Answer(
        hostile.request().method(),
        hostile.request().target(),
        response.status(),
        headers,
        response.text(),
        response.nanos(),
        response.failure());
  }

  /** One digest over every row of every table the API writes. */
  private String checksum() {
    StringBuilder sql =
        new StringBuilder("SELECT md5(string_agg(digest, ',' ORDER BY digest)) FROM (");
    List<String> tables =
        List.of(
            "users",
            "assets",
            "prices",
            "index_values",
            "allocations",
            "strategy_config",
            "risk_metrics");
    for (int i = 0; i < tables.size(); i++) {
      sql.append(i > 0 ? " UNION ALL " : "")
          .append("SELECT '")
          .append(tables.get(i))
          .append(
              "' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ")
          .append(tables.get(i))
          .append(" t");
    }
    try (Statement statement = checksumSession.createStatement();
        ResultSet digest = statement.executeQuery(sql.append(") d").toString())) {
      digest.next();
      return digest.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  void print_the_figures() {
    try {
      perRoute.forEach(
          (route, line) -> System.out.println("[reliability]   " + route + ": " + line));
      figures.put("seed", seed);
      figures.put("routes", perRoute.size());
      figures.put("cases_per_route", onlyCase.isEmpty() ? cases : 1);
      figures.put("refused_writes_checked", refusedChecked);
      figures.printAndCheck();
    } finally {
      try {
        checksumSession.close();
      } catch (SQLException ignored) {
        // the server goes with the suite
      }
      service.close();
    }
  }
}
