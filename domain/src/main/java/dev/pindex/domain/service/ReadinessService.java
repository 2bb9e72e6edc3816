package dev.pindex.domain.service;

import dev.pindex.domain.model.DatabaseStatus;
import dev.pindex.domain.port.in.CheckReadinessUseCase;
import dev.pindex.domain.port.out.DatabaseHealth;
import java.util.Objects;

public final class ReadinessService implements CheckReadinessUseCase {

  private final DatabaseHealth databaseHealth;

  public ReadinessService(DatabaseHealth databaseHealth) {
    this.databaseHealth = Objects.requireNonNull(databaseHealth, "databaseHealth");
  }

  @Override
  public DatabaseStatus checkReadiness() {
    return databaseHealth.check();
  }
}
