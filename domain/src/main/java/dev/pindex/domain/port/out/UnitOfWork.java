package dev.pindex.domain.port.out;

/**
 * Work run inside one transaction. Repositories called from it join that transaction; it must not
 * hand them to another thread.
 */
@FunctionalInterface
public interface UnitOfWork<T> {
  T run();
}
