package dev.pindex.domain.testdata;

import dev.pindex.domain.model.AllocationTarget;
import dev.pindex.domain.model.AllocationTargets;
import dev.pindex.domain.model.AssetDetails;
import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.IndexValue;
import dev.pindex.domain.model.Price;
import dev.pindex.domain.model.PriceRow;
import dev.pindex.domain.model.Role;
import dev.pindex.domain.model.Symbol;
import dev.pindex.domain.model.Weight;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small valid values for tests; each factory reads as the value it makes. */
public final class TestData {

  /** The one instant the fakes stamp on what they store. */
  public static final Instant NOW = Instant.parse("2026-11-28T09:15:00Z");

  private TestData() {}

  public static Caller admin() {
    return new Caller(1, Role.ADMIN);
  }

  public static Caller user(long userId) {
    return new Caller(userId, Role.USER);
  }

  public static Symbol symbol(String value) {
    return new Symbol(value);
  }

  public static AssetDetails details(String name, String sector) {
    return new AssetDetails(name, sector);
  }

  public static LocalDate day(String isoDate) {
    return LocalDate.parse(isoDate);
  }

  public static Price price(String isoDate, String close, long volume) {
    return new Price(day(isoDate), new BigDecimal(close), volume);
  }

  public static PriceRow priceRow(String symbol, String isoDate, String close) {
    return new PriceRow(symbol(symbol), price(isoDate, close, 1_000));
  }

  public static IndexValue indexValue(String isoDate, String value) {
    return new IndexValue(day(isoDate), new BigDecimal(value));
  }

  /** An allocation from alternating symbols and weights: {@code targets("AAA", "0.4", ...)}. */
  public static AllocationTargets targets(String... symbolsAndWeights) {
    List<AllocationTarget> items = new ArrayList<>();
    for (int i = 0; i < symbolsAndWeights.length; i += 2) {
      items.add(
          new AllocationTarget(symbol(symbolsAndWeights[i]), Weight.of(symbolsAndWeights[i + 1])));
    }
    return new AllocationTargets(items);
  }

  /** Bulk rows as a body reader yields them, numbered from 1. */
  @SafeVarargs
  public static <T> List<BulkRow<T>> validRows(T... values) {
    List<BulkRow<T>> rows = new ArrayList<>();
    Arrays.stream(values).forEach(value -> rows.add(BulkRow.valid(rows.size() + 1L, value)));
    return rows;
  }
}
