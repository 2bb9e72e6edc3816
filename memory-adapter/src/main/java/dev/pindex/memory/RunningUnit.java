package dev.pindex.memory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One unit of work while it runs: whether it may write, when it started, and how to undo each of
 * its writes. Writes change the tables in place and leave an undo step here, so a rollback (of the
 * whole unit or back to a savepoint) replays the steps newest first.
 */
final class RunningUnit {

  private final boolean readOnly;
  private final Instant startedAt;
  private final List<Runnable> undoSteps = new ArrayList<>();

  RunningUnit(boolean readOnly) {
    this.readOnly = readOnly;
    // PostgreSQL's now() is the transaction's start, to the microsecond; rows written in one unit
    // share it, and a timestamp read back equals the one written
    this.startedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  Instant startedAt() {
    return startedAt;
  }

  /** This unit, once it is known to allow a write; checked before the write changes anything. */
  RunningUnit writable() {
    if (readOnly) {
      throw new IllegalStateException("a write inside a read-only unit of work");
    }
    return this;
  }

  /** Remembers how to undo a write this unit just made. */
  void onRollback(Runnable undo) {
    undoSteps.add(undo);
  }

  /** Where a savepoint starts: the writes made so far. */
  int savepoint() {
    return undoSteps.size();
  }

  /** Undoes every write made since {@code savepoint}, newest first. */
  void rollbackTo(int savepoint) {
    for (int step = undoSteps.size() - 1; step >= savepoint; step--) {
      undoSteps.remove(step).run();
    }
  }

  void rollback() {
    rollbackTo(0);
  }
}
