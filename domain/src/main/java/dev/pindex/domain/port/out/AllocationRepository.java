package dev.pindex.domain.port.out;

import dev.pindex.domain.model.Allocation;
import dev.pindex.domain.model.AllocationTargets;
import java.time.LocalDate;
import java.util.Optional;

public interface AllocationRepository {

  /** The newest allocation on or before {@code asOf}, with asset symbols and names. */
  Optional<Allocation> findAsOf(LocalDate asOf);

  /** The newest allocation of all. */
  Optional<Allocation> findNewest();

  /**
   * Replaces the allocation of {@code date} with {@code targets}; {@code ValidationFailed} naming
   * each unknown symbol, leaving the previous allocation intact.
   */
  Allocation replace(LocalDate date, AllocationTargets targets);
}
