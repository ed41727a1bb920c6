package io.kam.screening.domain.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * The indicators of the risk analysis table (用户风险分析表) with their weights, and the level bands. Each indicator
 * is scored 0..100 where 100 is most favourable to us (least risk); the weighted total decides the level.
 */
public record RiskRules(
    @NotEmpty @Valid List<Indicator> indicators,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal lowRiskFrom,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal mediumRiskFrom) {

  public enum Level { LOW, MEDIUM, HIGH }

  public record Indicator(@NotBlank String code, @NotBlank String name,
      @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal weight) {
  }

  /** One row of the table: the indicator, its weight, the score given and the weighted score. */
  public record Line(String code, String name, BigDecimal weight, int score, BigDecimal weighted) {
  }

  public record Assessment(List<Line> lines, BigDecimal weightedTotal, Level level) {
  }

  /** Scores the table; {@code scores} must hold exactly one 0..100 score per indicator (checked by the caller). */
  public Assessment assess(Map<String, Integer> scores) {
    List<Line> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Indicator i : indicators) {
      int score = scores.get(i.code());
      BigDecimal weighted = i.weight().multiply(BigDecimal.valueOf(score)).setScale(2, RoundingMode.HALF_UP);
      lines.add(new Line(i.code(), i.name(), i.weight(), score, weighted));
      total = total.add(weighted);
    }
    Level level = total.compareTo(lowRiskFrom) >= 0 ? Level.LOW
        : total.compareTo(mediumRiskFrom) >= 0 ? Level.MEDIUM : Level.HIGH;
    return new Assessment(List.copyOf(lines), total.setScale(2, RoundingMode.HALF_UP), level);
  }

  public BigDecimal weightSum() {
    return indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
