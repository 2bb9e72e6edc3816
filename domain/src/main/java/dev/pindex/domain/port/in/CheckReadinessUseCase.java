package dev.pindex.domain.port.in;

import dev.pindex.domain.model.DatabaseStatus;

/** Is the service able to serve requests that need the database? */
public interface CheckReadinessUseCase {
  DatabaseStatus checkReadiness();
}
