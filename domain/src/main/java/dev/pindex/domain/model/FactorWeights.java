package dev.pindex.domain.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** The four factor weights of a strategy: each in [0, 1], together 1 within 1e-6. */
public record FactorWeights(Weight momentum, Weight value, Weight quality, Weight lowVolatility) {

  static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

  public FactorWeights {
    Objects.requireNonNull(momentum, "momentum");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(lowVolatility, "lowVolatility");
    BigDecimal sum =
        momentum.value().add(value.value()).add(quality.value()).add(lowVolatility.value());
    if (sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) > 0) {
      throw new ValidationFailed(
          "The factor weights must sum to 1.",
          List.of(
              Violation.ofField(
                  "momentum_weight",
                  "momentum, value, quality and low-volatility weights sum to "
                      + sum.toPlainString()
                      + ", not 1 (within 1e-6)")));
    }
  }
}
