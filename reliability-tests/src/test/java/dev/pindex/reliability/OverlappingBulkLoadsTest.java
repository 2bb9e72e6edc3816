package dev.pindex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 5: several clients load the same keys at once, each with values of its own and its rows
 * in an order of its own, through the bulk routes (prices as JSON, and as CSV where the service
 * reads it; index values; risk metrics). No load may fail with a 5xx (a deadlock among them would),
 * and afterwards every row holds one acknowledged load's value; since each load is all or nothing,
 * all rows hold the same load's.
 */
@ExtendWith(CapturedLogs.class)
@Order(5)
class OverlappingBulkLoadsTest {

  private static final int CLIENTS = 6;
  private static final int SYMBOLS = 20;
  private static final int DAYS = 100;
  private static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 4);

  /** One bulk route: how a load writes its rows and how the stored rows are read back. */
  private record Route(String name, String path, String table, String keySql, String valueSql) {}

  private static final List<Route> ROUTES =
      List.of(
          new Route(
              "prices",
              "/api/v1/prices",
              "prices",
              "(SELECT symbol FROM assets WHERE id = asset_id) || ' ' || date",
              "close::text || ' ' || volume"),
          new Route(
              "index-values", "/api/v1/index-values", "index_values", "date::text", "value::text"),
          new Route(
              "risk-metrics",
              "/api/v1/risk-metrics",
              "risk_metrics",
              "date::text",
              "sharpe_ratio::text || ' ' || max_drawdown::text"));

  @Test
  void overlapping_loads_all_succeed_and_every_row_ends_as_one_acknowledged_load_wrote_it()
      throws Exception {
    int rounds = Suite.scaled(3, 20);
    Figures figures = new Figures("overlapping-bulk-loads");
    Postgres postgres = Postgres.shared();
    try (Service service =
        Service.start(postgres, "bulk", Map.of("DB_POOL_SIZE", "4", "DB_MAX_OVERFLOW", "4"))) {
      List<String> symbols = new ArrayList<>();
      for (int s = 0; s < SYMBOLS; s++) {
        symbols.add("BULK" + s);
        service.newAsset("BULK" + s);
      }
      List<LocalDate> days = weekdays();
      String token = service.adminToken();
      Http http = service.http().countingIn(figures);
      boolean csv =
          service
                  .http()
                  .send(
                      "PUT",
                      "/api/v1/prices",
                      "symbol,date,close,volume\n",
                      "text/csv",
                      Http.bearer(token))
                  .status()
              != 415;

      long acknowledged = 0;
      long found = 0;
      long lost = 0;
      int loads = 0;
      for (int round = 0; round < rounds; round++) {
        for (Route route : ROUTES) {
          Map<Integer, Answer> answers = new HashMap<>();
          ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
          CountDownLatch go = new CountDownLatch(1);
          List<Future<Answer>> pending = new ArrayList<>();
          for (int client = 0; client < CLIENTS; client++) {
            int load = round * CLIENTS + client + 1;
            boolean asCsv = csv && route.name().equals("prices") && client % 2 == 1;
            String body = body(route, load, symbols, days, asCsv);
            String type = asCsv ? "text/csv" : Http.JSON;
            pending.add(
                clients.submit(
                    () -> {
                      go.await();
                      return http.send("PUT", route.path(), body, type, Http.bearer(token));
                    }));
          }
          go.countDown();
          for (int client = 0; client < CLIENTS; client++) {
            answers.put(round * CLIENTS + client + 1, pending.get(client).get(2, TimeUnit.MINUTES));
          }
          clients.shutdown();
          loads += CLIENTS;

          // which load each stored row came from; each must be an acknowledged one, whole
          Set<Integer> acknowledgedLoads = new TreeSet<>();
          answers.forEach(
              (load, answer) -> {
                if (answer.success()) {
                  acknowledgedLoads.add(load);
                }
              });
          acknowledged += acknowledgedLoads.size();
          Map<String, String> stored = stored(postgres, service.database(), route);
          Set<Integer> winners = new TreeSet<>();
          long foreign = 0;
          for (Map.Entry<String, String> row : stored.entrySet()) {
            int load = new BigDecimal(row.getValue().split(" ")[0]).intValue();
            if (acknowledgedLoads.contains(load)
                && row.getValue().equals(expected(route, load, row.getKey(), symbols, days))) {
              winners.add(load);
            } else {
              foreign++;
            }
          }
          int keys = route.name().equals("prices") ? SYMBOLS * DAYS : DAYS;
          long missing = keys - stored.size();
          boolean consistent = foreign == 0 && missing == 0 && winners.size() == 1;
          found += consistent ? acknowledgedLoads.size() : 0;
          lost += consistent ? 0 : Math.max(1, foreign + missing);
          assertThat(winners)
              .as("%s round %d: the loads whose values the rows hold", route.name(), round)
              .hasSize(1);
          assertThat(foreign + missing)
              .as("%s round %d: rows holding no acknowledged load's value", route.name(), round)
              .isZero();
        }
      }
      figures.writes(acknowledged, found, lost);
      figures.put("loads", loads);
      figures.put("rows_per_price_load", SYMBOLS * DAYS);
      figures.put("csv_loads", csv);
      figures.printAndCheck();
      assertThat(figures.ok()).as("every load answered 2xx").isEqualTo(figures.sent());
    }
  }

  private static List<LocalDate> weekdays() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = FIRST_DAY; days.size() < DAYS; day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(day);
      }
    }
    return days;
  }

  /** Load {@code load}'s value for a key: the load's number, then the key's own decimals. */
  private static BigDecimal value(int load, int keyNo) {
    return BigDecimal.valueOf(load).add(BigDecimal.valueOf(keyNo + 1, 6));
  }

  private static String expected(
      Route route, int load, String key, List<String> symbols, List<LocalDate> days) {
    return switch (route.name()) {
      case "prices" -> {
        String[] parts = key.split(" ");
        int keyNo = symbols.indexOf(parts[0]) * DAYS + days.indexOf(LocalDate.parse(parts[1]));
        yield value(load, keyNo).toPlainString() + " " + (load * 100_000L + keyNo);
      }
      case "index-values" -> value(load, days.indexOf(LocalDate.parse(key))).toPlainString();
      default -> {
        BigDecimal sharpe = value(load, days.indexOf(LocalDate.parse(key))).setScale(10);
        yield sharpe.toPlainString()
            + " "
            + BigDecimal.valueOf(-load, 3).setScale(10).toPlainString();
      }
    };
  }

  /** Load {@code load}'s body: every key, in an order of the load's own. */
  private static String body(
      Route route, int load, List<String> symbols, List<LocalDate> days, boolean csv) {
    List<String> rows = new ArrayList<>();
    if (route.name().equals("prices")) {
      for (int s = 0; s < symbols.size(); s++) {
        for (int d = 0; d < days.size(); d++) {
          int keyNo = s * DAYS + d;
          String close = value(load, keyNo).toPlainString();
          long volume = load * 100_000L + keyNo;
          rows.add(
              csv
                  ? symbols.get(s) + "," + days.get(d) + "," + close + "," + volume
                  : "{\"symbol\":\"%s\",\"date\":\"%s\",\"close\":%s,\"volume\":%d}"
                      .formatted(symbols.get(s), days.get(d), close, volume));
        }
      }
    } else {
      for (int d = 0; d < days.size(); d++) {
        String value = value(load, d).toPlainString();
        rows.add(
            route.name().equals("index-values")
                ? "{\"date\":\"%s\",\"value\":%s}".formatted(days.get(d), value)
                : ("{\"date\":\"%s\",\"sharpe_ratio\":%s,\"sortino_ratio\":1.5,"
                        + "\"volatility\":0.2,\"max_drawdown\":%s,\"var_95\":-0.02}")
                    .formatted(days.get(d), value, BigDecimal.valueOf(-load, 3).toPlainString()));
      }
    }
    Collections.shuffle(rows, new Random(load));
    return csv
        ? "symbol,date,close,volume\n" + String.join("\n", rows) + "\n"
        : "[" + String.join(",", rows) + "]";
  }

  /** The stored rows of the route's table: key to value, as text. */
  private static Map<String, String> stored(Postgres postgres, String database, Route route) {
    Map<String, String> rows = new HashMap<>();
    for (List<String> row :
        postgres.rows(
            database,
            "SELECT " + route.keySql() + ", " + route.valueSql() + " FROM " + route.table())) {
      rows.put(row.get(0), row.get(1));
    }
    return rows;
  }
}
