package io.kam.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kam.screening.domain.policy.ResourceFitRules;
import io.kam.screening.domain.policy.RiskRules;

class RiskRulesTest {

  static final RiskRules RULES = new RiskRules(List.of(
      new RiskRules.Indicator("competitive-advantage", "竞争优势", new BigDecimal("0.40")),
      new RiskRules.Indicator("customer-needs", "用户需求", new BigDecimal("0.35")),
      new RiskRules.Indicator("competitor-analysis", "竞争对手分析", new BigDecimal("0.25"))),
      new BigDecimal("75"), new BigDecimal("50"));

  @Test
  void weightedTotalIsTheSumOfWeightTimesScore() {
    RiskRules.Assessment a = RULES.assess(Map.of("competitive-advantage", 80, "customer-needs", 70,
        "competitor-analysis", 60));
    // 0.40*80 + 0.35*70 + 0.25*60 = 32 + 24.5 + 15 = 71.5
    assertEquals(new BigDecimal("71.50"), a.weightedTotal());
    assertEquals(RiskRules.Level.MEDIUM, a.level());
    assertEquals(3, a.lines().size());
    assertEquals(new BigDecimal("24.50"), a.lines().get(1).weighted());
    assertEquals(70, a.lines().get(1).score());
  }

  @Test
  void levelBandsAreInclusiveAtTheirLowerBound() {
    assertEquals(RiskRules.Level.LOW, RULES.assess(Map.of("competitive-advantage", 75, "customer-needs", 75,
        "competitor-analysis", 75)).level());
    assertEquals(RiskRules.Level.MEDIUM, RULES.assess(Map.of("competitive-advantage", 50, "customer-needs", 50,
        "competitor-analysis", 50)).level());
    assertEquals(RiskRules.Level.HIGH, RULES.assess(Map.of("competitive-advantage", 49, "customer-needs", 50,
        "competitor-analysis", 50)).level());
  }

  @Test
  void resourceFitGivesTheLikelihood() {
    ResourceFitRules fit = new ResourceFitRules(new BigDecimal("0.4"), new BigDecimal("0.3"), new BigDecimal("0.3"),
        new BigDecimal("75"), new BigDecimal("50"));
    assertEquals(new BigDecimal("80.00"), fit.assess(80, 70, 90).score());
    assertEquals(ResourceFitRules.Likelihood.HIGH, fit.assess(80, 70, 90).likelihood());
    assertEquals(ResourceFitRules.Likelihood.MEDIUM, fit.assess(50, 50, 50).likelihood());
    assertEquals(ResourceFitRules.Likelihood.LOW, fit.assess(10, 90, 40).likelihood());
  }
}
