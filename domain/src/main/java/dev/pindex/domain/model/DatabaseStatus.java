package dev.pindex.domain.model;

import java.time.Duration;
import java.util.Objects;

/** What one readiness probe of the database saw: up or down, and how long the probe took. */
public record DatabaseStatus(boolean up, Duration latency) {

  public DatabaseStatus {
    Objects.requireNonNull(latency, "latency");
  }

  public static DatabaseStatus up(Duration latency) {
    return new DatabaseStatus(true, latency);
  }

  public static DatabaseStatus down(Duration latency) {
    return new DatabaseStatus(false, latency);
  }
}
