package dev.pindex.domain.service;

import dev.pindex.domain.model.AllocationTarget;
import dev.pindex.domain.model.AllocationTargets;
import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.DemoDataSummary;
import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.PageLimit;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.RiskMetrics;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.model.Weight;
import dev.pindex.domain.port.in.LoadDemoDataUseCase;
import dev.pindex.domain.port.out.AllocationRepository;
import dev.pindex.domain.port.out.AssetRepository;
import dev.pindex.domain.port.out.IndexValueRepository;
import dev.pindex.domain.port.out.PriceRepository;
import dev.pindex.domain.port.out.RiskMetricsRepository;
import dev.pindex.domain.port.out.Transactions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Loads {@link Universe} through the same repositories and bulk paths the API uses, in one
 * transaction: either the whole universe is there afterwards or none of it.
 */
public final class DemoDataService implements LoadDemoDataUseCase {

  private final Transactions transactions;
  private final AssetRepository assets;
  private final PriceRepository prices;
  private final AllocationRepository allocations;
  private final IndexValueRepository indexValues;
  private final RiskMetricsRepository riskMetrics;

  public DemoDataService(
      Transactions transactions,
      AssetRepository assets,
      PriceRepository prices,
      AllocationRepository allocations,
      IndexValueRepository indexValues,
      RiskMetricsRepository riskMetrics) {
    this.transactions = transactions;
    this.assets = assets;
    this.prices = prices;
    this.allocations = allocations;
    this.indexValues = indexValues;
    this.riskMetrics = riskMetrics;
  }

  @Override
  public Optional<DemoDataSummary> loadIfEmpty() {
    Universe universe = new Universe();
    return transactions.inTransaction(
        () -> {
          if (!assets
              .list(Optional.empty(), Optional.empty(), new PageLimit(1))
              .items()
              .isEmpty()) {
            return Optional.empty();
          }
          universe.assets.forEach(assets::create);
          AtomicLong priceRows = new AtomicLong();
          for (Symbol symbol : universe.assets.keySet()) {
            priceRows.addAndGet(prices.upsert(numbered(universe.pricesOf(symbol))).received());
          }
          universe.allocations.forEach(allocations::replace);
          long index = indexValues.upsert(numbered(universe.index)).received();
          long risk = riskMetrics.upsert(numbered(universe.risk)).received();
          return Optional.of(
              new DemoDataSummary(
                  universe.assets.size(),
                  priceRows.get(),
                  universe.allocations.size(),
                  index,
                  risk));
        });
  }

  private static <T> Iterator<BulkRow<T>> numbered(List<T> rows) {
    return IntStream.range(0, rows.size())
        .mapToObj(i -> BulkRow.valid(i + 1, rows.get(i)))
        .iterator();
  }

  /**
   * A synthetic market, the same on every run (fixed seed): assets with geometric-random-walk
   * prices over weekdays, a month-end allocation to the strongest assets of the past quarter, the
   * index those allocations produce, and month-end risk figures of that index over the trailing
   * year.
   */
  static final class Universe {

    static final int ASSETS = 50;
    static final int HOLDINGS = 20;
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 4);
    static final int YEARS = 10;
    private static final long SEED = 20_161_004L;
    private static final String[] SECTORS = {
      "Energy", "Materials", "Industrials", "Consumer Discretionary", "Consumer Staples",
      "Health Care", "Financials", "Information Technology", "Communication Services", "Utilities"
    };
    private static final String[] NAME_PARTS = {
      "Acme",
      "Borealis",
      "Cobalt",
      "Delta",
      "Evergreen",
      "Falcon",
      "Granite",
      "Harbor",
      "Ion",
      "Juniper"
    };
    private static final int MOMENTUM_WINDOW = 63;
    private static final int RISK_WINDOW = 252;

    final Map<Symbol, AssetDetails> assets = new LinkedHashMap<>();
    final List<LocalDate> days = new ArrayList<>();
    final Map<Symbol, double[]> closes = new LinkedHashMap<>();
    final Map<Symbol, long[]> volumes = new LinkedHashMap<>();
    final TreeMap<LocalDate, AllocationTargets> allocations = new TreeMap<>();
    final List<IndexValue> index = new ArrayList<>();
    final List<RiskMetrics> risk = new ArrayList<>();

    Universe() {
      Random random = new Random(SEED);
      for (LocalDate day = FIRST_DAY;
          day.isBefore(FIRST_DAY.plusYears(YEARS));
          day = day.plusDays(1)) {
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
          days.add(day);
        }
      }
      for (int i = 0; i < ASSETS; i++) {
        Symbol symbol = new Symbol(symbolOf(i));
        assets.put(
            symbol,
            new AssetDetails(
                NAME_PARTS[i % 10] + " " + SECTORS[i / 5].split(" ")[0] + " " + (i + 1),
                SECTORS[i / 5]));
        walk(symbol, random);
      }
      allocateAndIndex(random);
    }

    /** AAA, AAB, ...: three letters, unique per index. */
    private static String symbolOf(int i) {
      return ""
          + (char) ('A' + i / 26 / 26 % 26)
          + (char) ('A' + i / 26 % 26)
          + (char) ('A' + i % 26);
    }

    private void walk(Symbol symbol, Random random) {
      double[] close = new double[days.size()];
      long[] volume = new long[days.size()];
      double drift = 0.0002 + random.nextDouble() * 0.0004;
      double volatility = 0.008 + random.nextDouble() * 0.022;
      double level = 20 + random.nextDouble() * 180;
      for (int d = 0; d < days.size(); d++) {
        level *= Math.exp(drift - volatility * volatility / 2 + volatility * random.nextGaussian());
        close[d] = Math.max(0.01, round(level, 2));
        volume[d] = 100_000 + (long) (random.nextDouble() * 9_900_000);
      }
      closes.put(symbol, close);
      volumes.put(symbol, volume);
    }

    private void allocateAndIndex(Random random) {
      double level = 1000;
      Map<Symbol, Double> held = Map.of();
      List<Double> returns = new ArrayList<>();
      double peak = level;
      for (int d = 0; d < days.size(); d++) {
        if (d > 0 && !held.isEmpty()) {
          double dailyReturn = 0;
          for (Map.Entry<Symbol, Double> holding : held.entrySet()) {
            double[] close = closes.get(holding.getKey());
            dailyReturn += holding.getValue() * (close[d] / close[d - 1] - 1);
          }
          level *= 1 + dailyReturn;
          returns.add(dailyReturn);
        }
        peak = Math.max(peak, level);
        index.add(new IndexValue(days.get(d), BigDecimal.valueOf(round(level, 6))));
        if (isMonthEnd(d) && d >= MOMENTUM_WINDOW) {
          AllocationTargets targets = strongest(d, random);
          allocations.put(days.get(d), targets);
          held = new LinkedHashMap<>();
          for (AllocationTarget target : targets.items()) {
            held.put(target.symbol(), target.weight().value().doubleValue());
          }
          if (returns.size() >= 20) {
            risk.add(riskOf(days.get(d), returns));
          }
        }
      }
    }

    private boolean isMonthEnd(int d) {
      return d + 1 == days.size() || days.get(d + 1).getMonthValue() != days.get(d).getMonthValue();
    }

    /** The best performers of the past quarter, weighted at random, summing exactly to 1. */
    private AllocationTargets strongest(int d, Random random) {
      List<Symbol> ranked =
          closes.keySet().stream()
              .sorted(
                  (a, b) ->
                      Double.compare(momentum(b, d), momentum(a, d)) != 0
                          ? Double.compare(momentum(b, d), momentum(a, d))
                          : a.compareTo(b))
              .limit(HOLDINGS)
              .sorted()
              .toList();
      double[] raw = new double[HOLDINGS];
      Arrays.setAll(raw, i -> 0.5 + random.nextDouble());
      double total = Arrays.stream(raw).sum();
      List<AllocationTarget> targets = new ArrayList<>();
      BigDecimal assigned = BigDecimal.ZERO;
      for (int i = 0; i < HOLDINGS; i++) {
        BigDecimal weight =
            i == HOLDINGS - 1
                ? BigDecimal.ONE.subtract(assigned)
                : BigDecimal.valueOf(raw[i] / total).setScale(6, RoundingMode.HALF_EVEN);
        assigned = assigned.add(weight);
        targets.add(new AllocationTarget(ranked.get(i), new Weight(weight)));
      }
      return new AllocationTargets(targets);
    }

    private double momentum(Symbol symbol, int d) {
      double[] close = closes.get(symbol);
      return close[d] / close[d - MOMENTUM_WINDOW];
    }

    private static RiskMetrics riskOf(LocalDate date, List<Double> allReturns) {
      List<Double> returns =
          allReturns.subList(Math.max(0, allReturns.size() - RISK_WINDOW), allReturns.size());
      double mean = returns.stream().mapToDouble(Double::doubleValue).average().orElse(0);
      double variance =
          returns.stream().mapToDouble(r -> (r - mean) * (r - mean)).sum() / (returns.size() - 1);
      double downside =
          Math.sqrt(returns.stream().mapToDouble(r -> r < 0 ? r * r : 0).sum() / returns.size());
      double volatility = Math.sqrt(variance * 252);
      double level = 1;
      double peak = 1;
      double maxDrawdown = 0;
      for (double r : returns) {
        level *= 1 + r;
        peak = Math.max(peak, level);
        maxDrawdown = Math.min(maxDrawdown, level / peak - 1);
      }
      double[] sorted = returns.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double var95 = sorted[(int) Math.floor(0.05 * (sorted.length - 1))];
      return new RiskMetrics(
          date,
          decimal(volatility == 0 ? 0 : mean * 252 / volatility),
          decimal(downside == 0 ? 0 : mean * 252 / (downside * Math.sqrt(252))),
          decimal(volatility),
          decimal(maxDrawdown),
          decimal(var95));
    }

    List<PriceRow> pricesOf(Symbol symbol) {
      double[] close = closes.get(symbol);
      long[] volume = volumes.get(symbol);
      List<PriceRow> rows = new ArrayList<>(days.size());
      for (int d = 0; d < days.size(); d++) {
        rows.add(
            new PriceRow(
                symbol,
                new Price(
                    days.get(d),
                    BigDecimal.valueOf(close[d]).setScale(2, RoundingMode.HALF_EVEN),
                    volume[d])));
      }
      return rows;
    }

    private static BigDecimal decimal(double value) {
      return BigDecimal.valueOf(value).setScale(10, RoundingMode.HALF_EVEN);
    }

    private static double round(double value, int places) {
      return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
    }
  }
}
