package dev.pindex.contract;

import dev.pindex.domain.model.DateRange;
import dev.pindex.domain.model.Email;
import dev.pindex.domain.model.Symbol;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keys no other test of the JVM is given, so that tests sharing a store own their rows instead of
 * clearing tables.
 *
 * <p>Owned dates start at {@link #FIRST_OWNED_DATE}: the dates before it and {@link
 * DateRange#LATEST} are left to the few tests about the first or the newest row of a table, which
 * could not own them otherwise.
 */
public final class Owned {

  public static final LocalDate FIRST_OWNED_DATE = LocalDate.of(2000, 1, 1);

  /** How many consecutive days {@link #days()} hands to one test. */
  public static final int DAYS = 4000;

  private static final AtomicInteger SYMBOL_PREFIXES = new AtomicInteger();
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final AtomicInteger DAY_BLOCKS = new AtomicInteger();

  private Owned() {}

  /**
   * Six characters of A-Z and 0-9 that start no other test's symbols: symbols built on it sort
   * together and apart from everybody else's, in any collation.
   */
  public static String symbolPrefix() {
    String number =
        Integer.toString(SYMBOL_PREFIXES.incrementAndGet(), 36).toUpperCase(Locale.ROOT);
    return "T" + "0".repeat(5 - number.length()) + number;
  }

  public static Symbol symbol() {
    return new Symbol(symbolPrefix() + "A");
  }

  public static Email email() {
    return new Email("user" + NAMES.incrementAndGet() + "@pindex.test");
  }

  public static String sector() {
    return "Sector " + NAMES.incrementAndGet();
  }

  /** The first of {@value #DAYS} consecutive days that no other test is given. */
  public static LocalDate days() {
    LocalDate first = FIRST_OWNED_DATE.plusDays((long) DAYS * DAY_BLOCKS.getAndIncrement());
    if (first.plusDays(DAYS).isAfter(DateRange.LATEST.minusYears(1))) {
      throw new IllegalStateException("out of owned dates: tests ask for too many");
    }
    return first;
  }
}
