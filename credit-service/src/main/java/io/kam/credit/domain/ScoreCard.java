package io.kam.credit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.kam.credit.config.CreditPolicy;

/**
 * The scoring sheet (信用等级评分表) worked out: per category, points over maximum times the category's
 * weight; the sum is the score (0–100), whose band gives the level and the credit limit.
 */
public record ScoreCard(BigDecimal score, CreditTier level, BigDecimal creditLimit, List<CategoryResult> categories) {

  public record CategoryResult(String code, String name, BigDecimal weight, BigDecimal points, BigDecimal maxPoints,
      BigDecimal contribution, List<CriterionResult> criteria) {
  }

  public record CriterionResult(String code, String name, BigDecimal points, BigDecimal maxPoints) {
  }

  /** Criteria of the sheet that have no points yet. */
  public static List<String> missing(List<CreditPolicy.ScoringCategory> sheet, Map<String, BigDecimal> points) {
    List<String> missing = new ArrayList<>();
    for (CreditPolicy.ScoringCategory c : sheet) {
      for (CreditPolicy.Criterion cr : c.criteria()) {
        if (points.get(cr.code()) == null) {
          missing.add("scores." + cr.code());
        }
      }
    }
    return missing;
  }

  /** Scores a complete sheet; {@code points} must hold every criterion (see {@link #missing}). */
  public static ScoreCard score(CreditPolicy policy, Map<String, BigDecimal> points) {
    List<CategoryResult> categories = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (CreditPolicy.ScoringCategory c : policy.scoringSheet()) {
      BigDecimal got = BigDecimal.ZERO;
      BigDecimal max = BigDecimal.ZERO;
      List<CriterionResult> criteria = new ArrayList<>();
      for (CreditPolicy.Criterion cr : c.criteria()) {
        BigDecimal p = points.get(cr.code());
        got = got.add(p);
        max = max.add(cr.maxPoints());
        criteria.add(new CriterionResult(cr.code(), cr.name(), p, cr.maxPoints()));
      }
      BigDecimal contribution = got.multiply(c.weight()).divide(max, 4, RoundingMode.HALF_UP);
      total = total.add(contribution);
      categories.add(new CategoryResult(c.code(), c.name(), c.weight(), got, max,
          contribution.setScale(2, RoundingMode.HALF_UP), criteria));
    }
    BigDecimal score = total.setScale(2, RoundingMode.HALF_UP);
    CreditPolicy.ScoreBand band = band(policy.scoreBands(), score);
    return new ScoreCard(score, band.level(), band.creditLimit(), categories);
  }

  /** The band with the highest minimum the score reaches. */
  public static CreditPolicy.ScoreBand band(List<CreditPolicy.ScoreBand> bands, BigDecimal score) {
    return bands.stream().filter(b -> score.compareTo(b.minScore()) >= 0)
        .max(Comparator.comparing(CreditPolicy.ScoreBand::minScore))
        .orElseThrow(() -> new IllegalStateException("no score band covers " + score));
  }
}
