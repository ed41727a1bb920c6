package io.kam.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.kam.screening.domain.policy.WorthRules;

class DevelopmentVerdictTest {

  static final WorthRules RULES = new WorthRules(BigDecimal.ZERO, new BigDecimal("0.20"), new BigDecimal("1.0"),
      BigDecimal.ZERO, new BigDecimal("120"));
  static final DevelopmentVerdict.Financials HEALTHY = new DevelopmentVerdict.Financials(new BigDecimal("1.6"),
      new BigDecimal("0.08"), new BigDecimal("0.05"), new BigDecimal("45"), new BigDecimal("30"));

  static DevelopmentVerdict.Estimate estimate(String profit, String risk) {
    return new DevelopmentVerdict.Estimate(new BigDecimal("6000000"), new BigDecimal(profit), new BigDecimal("40000"),
        new BigDecimal("150000"), new BigDecimal("30000"), new BigDecimal(risk), new BigDecimal("60000"));
  }

  @Test
  void worthDevelopingWhenRiskAdjustedProfitCoversTheCostWithMargin() {
    DevelopmentVerdict v = DevelopmentVerdict.evaluate(estimate("900000", "0.2"), HEALTHY, RULES);
    assertEquals(new BigDecimal("280000.00"), v.totalCost());
    assertEquals(new BigDecimal("720000.00"), v.riskAdjustedProfit());
    assertEquals(new BigDecimal("440000.00"), v.netValue());
    assertEquals(new BigDecimal("1.5714"), v.returnOnCost());
    assertTrue(v.worthDeveloping());
    assertTrue(v.checks().stream().allMatch(DevelopmentVerdict.Check::passed));
  }

  @Test
  void notWorthItWhenTheReturnIsBelowThePolicyMinimum() {
    // 400000 * 0.8 = 320000 - 280000 = 40000, return 0.1429 < 0.20
    DevelopmentVerdict v = DevelopmentVerdict.evaluate(estimate("400000", "0.2"), HEALTHY, RULES);
    assertFalse(v.worthDeveloping());
    assertTrue(v.checks().stream().filter(c -> c.name().equals("netValue")).findFirst().orElseThrow().passed());
    assertFalse(v.checks().stream().filter(c -> c.name().equals("returnOnCost")).findFirst().orElseThrow().passed());
  }

  @Test
  void poorFinancialsFailTheVerdictWhateverTheProfit() {
    DevelopmentVerdict.Financials slowPayer = new DevelopmentVerdict.Financials(new BigDecimal("0.8"),
        new BigDecimal("0.08"), new BigDecimal("0.05"), new BigDecimal("200"), new BigDecimal("30"));
    DevelopmentVerdict v = DevelopmentVerdict.evaluate(estimate("900000", "0"), slowPayer, RULES);
    assertFalse(v.worthDeveloping());
    assertEquals(2, v.checks().stream().filter(c -> !c.passed()).count());
  }
}
