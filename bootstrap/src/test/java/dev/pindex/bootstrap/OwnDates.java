package dev.pindex.bootstrap;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dates for the series every test shares (index values, risk metrics, allocations): each test takes
 * a year of its own, so its reads over that year see only its rows. Two years are kept for the
 * tests that need the earliest or the newest row of a whole series.
 */
final class OwnDates {

  /** Earlier than any other year handed out: only the as-of allocation test writes here. */
  static final int EARLIEST_YEAR = 1900;

  /** Later than any other year handed out: only the tests of "the newest" write here. */
  static final int NEWEST_YEAR = 9000;

  private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2100);

  private OwnDates() {}

  /** The first of January of a year no other test in this JVM gets. */
  static LocalDate year() {
    return LocalDate.of(NEXT_YEAR.getAndIncrement(), 1, 1);
  }
}
