package dev.pindex.domain.port.in;

import dev.pindex.domain.model.Allocation;
import dev.pindex.domain.model.Caller;
import java.time.LocalDate;
import java.util.Optional;

public interface AllocationUseCase {

  /**
   * The newest allocation on or before the date (the newest of all without one); {@code NotFound}
   * when none.
   */
  Allocation asOf(Optional<LocalDate> date);

  /**
   * {@code Forbidden} for non-admins; {@code ValidationFailed} leaving the previous allocation
   * intact.
   */
  Allocation replace(Caller caller, ReplaceAllocationCommand command);
}
