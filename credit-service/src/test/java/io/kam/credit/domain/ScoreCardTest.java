package io.kam.credit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kam.credit.config.CreditPolicy;
import io.kam.credit.config.CreditPolicyDefinition;

class ScoreCardTest {

  static final CreditPolicy POLICY = new CreditPolicyDefinition().defaults();

  @Test
  void theDefaultSheetHasTheFourCategoriesOfThePlanWeighingOneHundred() {
    assertEquals(List.of("BASIC_INFORMATION", "OVERALL_CAPABILITY", "CAPITAL_AND_SOLVENCY", "BUSINESS_ENVIRONMENT"),
        POLICY.scoringSheet().stream().map(CreditPolicy.ScoringCategory::code).toList());
    assertEquals(List.of(), new CreditPolicyDefinition().validate(POLICY));
  }

  @Test
  void scoreIsTheWeightedShareOfPointsPerCategory() {
    Map<String, BigDecimal> points = all(BigDecimal.TEN);
    // capital and solvency (weight 35) at half marks: 100 - 17.5
    POLICY.scoringSheet().get(2).criteria().forEach(c -> points.put(c.code(), new BigDecimal("5")));
    ScoreCard card = ScoreCard.score(POLICY, points);
    assertEquals(new BigDecimal("82.50"), card.score());
    assertEquals(CreditTier.YELLOW, card.level());
    assertEquals(new BigDecimal("2000000.00"), card.creditLimit());
    assertEquals(new BigDecimal("17.50"), card.categories().get(2).contribution());
    assertEquals(new BigDecimal("35"), card.categories().get(2).weight());
  }

  @ParameterizedTest(name = "score {0} → {1}")
  @CsvSource({"100, GREEN", "85, GREEN", "84.99, YELLOW", "70, YELLOW", "69.99, RED", "55, RED", "54.99, BLACK",
      "0, BLACK"})
  void bandsGiveLevels(String score, CreditTier level) {
    assertEquals(level, ScoreCard.band(POLICY.scoreBands(), new BigDecimal(score)).level());
  }

  @Test
  void missingCriteriaAreNamed() {
    Map<String, BigDecimal> points = all(BigDecimal.ONE);
    points.remove("collateral");
    assertEquals(List.of("scores.collateral"), ScoreCard.missing(POLICY.scoringSheet(), points));
    assertTrue(ScoreCard.missing(POLICY.scoringSheet(), all(BigDecimal.ONE)).isEmpty());
  }

  static Map<String, BigDecimal> all(BigDecimal p) {
    Map<String, BigDecimal> points = new HashMap<>();
    POLICY.scoringSheet().forEach(c -> c.criteria().forEach(cr -> points.put(cr.code(), p)));
    return points;
  }
}
