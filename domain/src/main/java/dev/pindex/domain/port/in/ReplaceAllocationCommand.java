package dev.pindex.domain.port.in;

import dev.pindex.domain.model.AllocationTargets;
import java.time.LocalDate;
import java.util.Objects;

public record ReplaceAllocationCommand(LocalDate date, AllocationTargets targets) {

  public ReplaceAllocationCommand {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(targets, "targets");
  }
}
