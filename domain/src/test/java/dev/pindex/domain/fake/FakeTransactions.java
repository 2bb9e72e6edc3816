package dev.pindex.domain.fake;

import dev.pindex.domain.port.out.Transactions;
import dev.pindex.domain.port.out.UnitOfWork;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs units of work in memory and records, for each, the method that opened it and the repository
 * calls made inside it, so tests can see what a use case promised about repeating its work. The
 * fake repositories refuse to run outside a unit, and refuse writes in a read-only one, as the real
 * adapter does.
 */
public final class FakeTransactions implements Transactions {

  public enum Kind {
    IN_TRANSACTION,
    IN_IDEMPOTENT_TRANSACTION,
    READ_ONLY
  }

  /** One unit of work: how it was opened and the repository calls it made, in order. */
  public record Unit(Kind kind, List<String> calls) {

    public Unit {
      calls = List.copyOf(calls);
    }

    public static Unit of(Kind kind, String... calls) {
      return new Unit(kind, List.of(calls));
    }
  }

  private final List<Unit> finished = new ArrayList<>();
  private Kind openKind;
  private List<String> openCalls;

  @Override
  public <T> T inTransaction(UnitOfWork<T> work) {
    return run(Kind.IN_TRANSACTION, work);
  }

  @Override
  public <T> T inIdempotentTransaction(UnitOfWork<T> work) {
    return run(Kind.IN_IDEMPOTENT_TRANSACTION, work);
  }

  @Override
  public <T> T readOnly(UnitOfWork<T> work) {
    return run(Kind.READ_ONLY, work);
  }

  @Override
  public <T> T savepoint(UnitOfWork<T> work) {
    if (!insideUnit()) {
      throw new IllegalStateException("a savepoint needs an open unit of work");
    }
    return work.run();
  }

  /** The units run so far, oldest first, including those that ended in an exception. */
  public List<Unit> units() {
    return List.copyOf(finished);
  }

  public boolean insideUnit() {
    return openKind != null;
  }

  void read(String call) {
    requireUnit(call);
    openCalls.add(call);
  }

  void write(String call) {
    requireUnit(call);
    if (openKind == Kind.READ_ONLY) {
      throw new AssertionError(call + " writes inside a read-only unit of work");
    }
    openCalls.add(call);
  }

  private void requireUnit(String call) {
    if (!insideUnit()) {
      throw new AssertionError(call + " ran outside a unit of work");
    }
  }

  private <T> T run(Kind kind, UnitOfWork<T> work) {
    if (insideUnit()) {
      throw new AssertionError("units of work do not nest: " + kind + " inside " + openKind);
    }
    openKind = kind;
    openCalls = new ArrayList<>();
    try {
      return work.run();
    } finally {
      finished.add(new Unit(openKind, openCalls));
      openKind = null;
      openCalls = null;
    }
  }
}
