package dev.pindex.domain.port.out;

import dev.pindex.domain.model.DatabaseStatus;

/** Probes the database the way a readiness check needs: quickly, and bounded in time. */
public interface DatabaseHealth {
  DatabaseStatus check();
}
