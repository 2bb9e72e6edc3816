package dev.pindex.domain.port.in;

import dev.pindex.domain.model.DemoDataSummary;
import java.util.Optional;

/** Fills an empty database with a deterministic synthetic universe, so first reads return data. */
public interface LoadDemoDataUseCase {

  /** What was loaded, or empty when the database already holds assets (nothing is touched). */
  Optional<DemoDataSummary> loadIfEmpty();
}
