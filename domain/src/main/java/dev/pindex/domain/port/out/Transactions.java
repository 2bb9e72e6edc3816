package dev.pindex.domain.port.out;

/**
 * Units of work: one session per unit, always closed, never shared between threads. Whether a unit
 * may be repeated after a transient fault (a lost connection, a serialization failure, a deadlock)
 * is the caller's promise, stated by the method it picks; the adapter retries only those.
 */
public interface Transactions {

  /** Read-write work that must not run twice (it is not idempotent): never retried. */
  <T> T inTransaction(UnitOfWork<T> work);

  /**
   * Read-write work whose repetition leaves the same state (an upsert, a replace): the whole unit
   * is rolled back and run again on a transient fault, within bounded attempts and time.
   */
  <T> T inIdempotentTransaction(UnitOfWork<T> work);

  /** Read-only work, retried like idempotent work; writes inside it fail. */
  <T> T readOnly(UnitOfWork<T> work);

  /**
   * Runs part of the current transaction behind a savepoint: if the work throws, its changes are
   * undone, the exception propagates, and the outer transaction stays usable. Only valid inside one
   * of the methods above.
   */
  <T> T savepoint(UnitOfWork<T> work);
}
