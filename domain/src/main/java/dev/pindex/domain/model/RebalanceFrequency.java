package dev.pindex.domain.model;

import java.util.Arrays;
import java.util.Locale;

public enum RebalanceFrequency {
  DAILY,
  WEEKLY,
  MONTHLY,
  QUARTERLY;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static RebalanceFrequency fromId(String id) {
    return Arrays.stream(values())
        .filter(frequency -> frequency.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                ValidationFailed.of(
                    Violation.ofField(
                        "rebalance_frequency",
                        "must be one of daily, weekly, monthly, quarterly")));
  }
}
