package dev.pindex.persistence;

import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import dev.pindex.persistence.mapper.StagedBadRow;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * The bad rows of one bulk body as they are found: how many there are, and the first {@value
 * #REPORTED} by row number, which is all a client is told. Memory stays bounded however many rows
 * are bad.
 */
final class BadRows {

  static final int REPORTED = 100;

  private static final Comparator<Violation> BY_ROW = Comparator.comparing(Violation::row);

  private long count;
  // the reported rows so far, the highest row number at the head: the one to drop for a lower one
  private final PriorityQueue<Violation> reported = new PriorityQueue<>(BY_ROW.reversed());

  /** One bad row. */
  void add(long row, String problem) {
    count++;
    report(Violation.ofRow(row, problem));
  }

  /**
   * The rows one check found: at most {@value #REPORTED} of them, each carrying how many the check
   * found in all.
   */
  <R extends StagedBadRow> void addFound(List<R> found, Function<R, String> problem) {
    if (!found.isEmpty()) {
      count += found.get(0).badRows();
    }
    found.forEach(row -> report(Violation.ofRow(row.rowNo(), problem.apply(row))));
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** All or nothing: the failure that refuses the whole body, listing its first bad rows. */
  ValidationFailed failure() {
    String rows = count == 1 ? "1 row is" : count + " rows are";
    String listed = count > REPORTED ? " The first " + REPORTED + " are listed." : "";
    return new ValidationFailed(
        rows + " invalid, so nothing was stored." + listed,
        reported.stream().sorted(BY_ROW).toList());
  }

  private void report(Violation violation) {
    reported.add(violation);
    if (reported.size() > REPORTED) {
      reported.poll();
    }
  }
}
