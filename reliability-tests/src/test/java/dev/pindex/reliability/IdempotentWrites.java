package dev.pindex.reliability;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service's two idempotent writes, sent with a distinct value each so that the database tells
 * afterwards which of them took effect: {@code PUT /api/v1/assets/{symbol}} renames the client's
 * own asset (its writes follow each other, so the final name is its last write that took effect),
 * and {@code PUT /api/v1/allocations/{date}} writes a date of its own with a weight of its own.
 *
 * <p>A write acknowledged with a 2xx must be found; one refused must not (a refused write that took
 * effect is counted as {@code refused_writes_found}); one left without an answer is unknown.
 */
final class IdempotentWrites {

  static final String ANCHOR = "ANCHOR";
  private static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 3);
  private static final long DATES_PER_CLIENT = 50_000;

  private record Write(String value, int status) {}

  private final String prefix;
  private final Map<Integer, List<Write>> assetWrites = new ConcurrentHashMap<>();
  private final Map<String, Write> allocationWrites = new ConcurrentHashMap<>();

  IdempotentWrites(String prefix) {
    this.prefix = prefix;
  }

  /** Creates each client's asset and the anchor every allocation shares. */
  void prepare(Service service, int clients) {
    service.newAsset(ANCHOR);
    for (int client = 0; client < clients; client++) {
      service.newAsset(symbol(client));
    }
  }

  String symbol(int client) {
    return prefix + client;
  }

  /** Renames the client's asset to a name no other write uses. */
  Answer putAsset(Http http, String token, int client, long step) {
    String name = "client " + client + " write " + step;
    Answer answer =
        http.put(
            "/api/v1/assets/" + symbol(client),
            "{\"name\":\"" + name + "\",\"sector\":\"Test\"}",
            Http.bearer(token));
    assetWrites
        .computeIfAbsent(client, c -> new ArrayList<>())
        .add(new Write(name, answer.status()));
    return answer;
  }

  /** Writes an allocation on a date no other write uses, with a weight of its own. */
  Answer putAllocation(Http http, String token, int client, long step) {
    LocalDate date = FIRST_DATE.plusDays(client * DATES_PER_CLIENT + step);
    BigDecimal weight = BigDecimal.valueOf(step % 999 + 1, 3);
    Answer answer =
        http.put(
            "/api/v1/allocations/" + date,
            "{\"items\":[{\"symbol\":\""
                + symbol(client)
                + "\",\"weight\":"
                + weight.toPlainString()
                + "},{\"symbol\":\""
                + ANCHOR
                + "\",\"weight\":"
                + BigDecimal.ONE.subtract(weight).toPlainString()
                + "}]}",
            Http.bearer(token));
    allocationWrites.put(
        date + " " + symbol(client), new Write(weight.toPlainString(), answer.status()));
    return answer;
  }

  /** Compares what was acknowledged and refused with what the database holds. */
  void check(Postgres postgres, String database, Figures figures) {
    long acknowledged = 0;
    long found = 0;
    long lost = 0;
    long refusedFound = 0;
    long unknown = 0;

    Map<String, String> names = new HashMap<>();
    for (List<String> row :
        postgres.rows(
            database, "SELECT symbol, name FROM assets WHERE symbol LIKE '" + prefix + "%'")) {
      names.put(row.get(0), row.get(1));
    }
    for (Map.Entry<Integer, List<Write>> client : assetWrites.entrySet()) {
      List<Write> writes = client.getValue();
      String finalName = names.get(symbol(client.getKey()));
      int effective = -1; // the last write that took effect; earlier ones were overwritten by it
      for (int i = 0; i < writes.size(); i++) {
        if (writes.get(i).value().equals(finalName)) {
          effective = i;
        }
      }
      for (int i = 0; i < writes.size(); i++) {
        int status = writes.get(i).status();
        if (isAcknowledged(status)) {
          acknowledged++;
          if (i <= effective) {
            found++;
          } else {
            lost++;
          }
        } else if (status == 0) {
          unknown++;
        } else if (i == effective) {
          refusedFound++;
        }
      }
    }

    Map<String, String> weights = new HashMap<>();
    for (List<String> row :
        postgres.rows(
            database,
            "SELECT al.date::text, a.symbol, al.weight::text FROM allocations al"
                + " JOIN assets a ON a.id = al.asset_id WHERE a.symbol LIKE '"
                + prefix
                + "%'")) {
      weights.put(row.get(0) + " " + row.get(1), row.get(2));
    }
    for (Map.Entry<String, Write> write : allocationWrites.entrySet()) {
      String stored = weights.get(write.getKey());
      boolean present =
          stored != null
              && new BigDecimal(stored).compareTo(new BigDecimal(write.getValue().value())) == 0;
      int status = write.getValue().status();
      if (isAcknowledged(status)) {
        acknowledged++;
        if (present) {
          found++;
        } else {
          lost++;
        }
      } else if (status == 0) {
        unknown++;
      } else if (stored != null) {
        refusedFound++;
      }
    }
    figures.writes(acknowledged, found, lost);
    figures.put("refused_writes_found", refusedFound);
    figures.put("unanswered_writes", unknown);
  }

  private static boolean isAcknowledged(int status) {
    return status >= 200 && status < 300;
  }
}
