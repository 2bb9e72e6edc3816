package dev.pindex.domain.service;

import dev.pindex.domain.model.Allocation;
import dev.pindex.domain.model.Caller;
import dev.pindex.domain.model.NotFound;
import dev.pindex.domain.port.in.AllocationUseCase;
import dev.pindex.domain.port.in.ReplaceAllocationCommand;
import dev.pindex.domain.port.out.AllocationRepository;
import dev.pindex.domain.port.out.Transactions;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

public final class AllocationService implements AllocationUseCase {

  private final Transactions transactions;
  private final AllocationRepository allocations;

  public AllocationService(Transactions transactions, AllocationRepository allocations) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.allocations = Objects.requireNonNull(allocations, "allocations");
  }

  @Override
  public Allocation asOf(Optional<LocalDate> date) {
    return transactions
        .readOnly(() -> date.map(allocations::findAsOf).orElseGet(allocations::findNewest))
        .orElseThrow(
            () ->
                new NotFound(
                    date.map(day -> "No allocation on or before " + day + ".")
                        .orElse("No allocation is stored.")));
  }

  /** Retried safely: replacing a date's allocation with the same targets again changes nothing. */
  @Override
  public Allocation replace(Caller caller, ReplaceAllocationCommand command) {
    caller.requireAdmin();
    return transactions.inIdempotentTransaction(
        () -> allocations.replace(command.date(), command.targets()));
  }
}
