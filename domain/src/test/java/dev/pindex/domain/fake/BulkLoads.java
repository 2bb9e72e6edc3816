package dev.pindex.domain.fake;

import dev.pindex.domain.model.BulkRow;
import dev.pindex.domain.model.UpsertCounts;
import dev.pindex.domain.model.ValidationFailed;
import dev.pindex.domain.model.Violation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** The all-or-nothing contract the bulk ports share, in memory. */
final class BulkLoads {

  private BulkLoads() {}

  /**
   * Reads every row; if any is unreadable or has a {@code problem}, refuses the load naming those
   * rows and stores nothing; else stores each with {@code store}, which answers whether it was new.
   */
  static <T> UpsertCounts allOrNothing(
      Iterator<BulkRow<T>> rows, Function<T, Optional<String>> problem, Predicate<T> store) {
    List<T> accepted = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    rows.forEachRemaining(
        row -> {
          Optional<String> rowProblem =
              row.isValid() ? problem.apply(row.value()) : Optional.of(row.problem());
          rowProblem.ifPresentOrElse(
              message -> violations.add(Violation.ofRow(row.number(), message)),
              () -> accepted.add(row.value()));
        });
    if (!violations.isEmpty()) {
      throw new ValidationFailed("Some rows are invalid; nothing was stored.", violations);
    }
    long inserted = accepted.stream().filter(store).count();
    return new UpsertCounts(accepted.size(), inserted, accepted.size() - inserted);
  }
}
