package io.kam.screening.domain.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * How the company's technical, production and after-sales resources (企业资源) are weighed against the needs of a
 * potential account, and from which fit score its likelihood of becoming a key account is HIGH or MEDIUM.
 */
public record ResourceFitRules(
    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal technicalWeight,
    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal productionWeight,
    @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal afterSalesWeight,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal highFrom,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal mediumFrom) {

  public enum Likelihood { HIGH, MEDIUM, LOW }

  public record Fit(BigDecimal score, Likelihood likelihood) {
  }

  /** Scores are 0..100 (100 = the resource covers the need completely). */
  public Fit assess(int technical, int production, int afterSales) {
    BigDecimal score = technicalWeight.multiply(BigDecimal.valueOf(technical))
        .add(productionWeight.multiply(BigDecimal.valueOf(production)))
        .add(afterSalesWeight.multiply(BigDecimal.valueOf(afterSales)))
        .setScale(2, RoundingMode.HALF_UP);
    Likelihood likelihood = score.compareTo(highFrom) >= 0 ? Likelihood.HIGH
        : score.compareTo(mediumFrom) >= 0 ? Likelihood.MEDIUM : Likelihood.LOW;
    return new Fit(score, likelihood);
  }

  public BigDecimal weightSum() {
    return technicalWeight.add(productionWeight).add(afterSalesWeight);
  }
}
