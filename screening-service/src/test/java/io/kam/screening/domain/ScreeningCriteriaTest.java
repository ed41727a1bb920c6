package io.kam.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kam.screening.config.DevelopmentPlanPolicyDefinition;
import io.kam.screening.domain.policy.ScreeningCriteria;
import io.kam.screening.domain.policy.ScreeningCriteria.Combine;
import io.kam.screening.domain.policy.ScreeningCriteria.CustomerFacts;
import io.kam.screening.domain.policy.ScreeningCriteria.Field;
import io.kam.screening.domain.policy.ScreeningCriteria.Operator;
import io.kam.screening.domain.policy.ScreeningCriteria.Rule;

class ScreeningCriteriaTest {

  static final Rule SALES = new Rule("sales-5m", Field.ANNUAL_SALES, Operator.GTE, new BigDecimal("5000000"), null, null);
  static final Rule OFTEN = new Rule("often", Field.PURCHASE_FREQUENCY, Operator.GTE, new BigDecimal("24"), null, null);
  static final Rule RETAIL = new Rule("retail", Field.INDUSTRY, Operator.IN, null, List.of("food-retail", "grocery"),
      null);

  static CustomerFacts facts(String sales, int frequency, String industry) {
    return new CustomerFacts(new BigDecimal(sales), frequency, industry, "ENTERPRISE", "STANDARD");
  }

  @Test
  void anyQualifiesOnOneRuleAndNamesEveryRuleThatMatched() {
    ScreeningCriteria any = new ScreeningCriteria(Combine.ANY, List.of(SALES, OFTEN, RETAIL));
    assertEquals(List.of("sales-5m"), any.evaluate(facts("5000000", 3, "steel")));
    assertEquals(List.of("sales-5m", "often", "retail"), any.evaluate(facts("7000000", 30, "grocery")));
    assertEquals(List.of(), any.evaluate(facts("4999999.99", 23, "steel")));
  }

  @Test
  void allQualifiesOnlyWhenEveryRuleMatches() {
    ScreeningCriteria all = new ScreeningCriteria(Combine.ALL, List.of(SALES, RETAIL));
    assertEquals(List.of("sales-5m", "retail"), all.evaluate(facts("6000000", 1, "food-retail")));
    assertEquals(List.of(), all.evaluate(facts("6000000", 1, "steel")));
    assertEquals(List.of(), all.evaluate(facts("100", 1, "food-retail")));
  }

  @Test
  void lteAndMissingValuesDoNotMatchByAccident() {
    Rule small = new Rule("small", Field.ANNUAL_SALES, Operator.LTE, new BigDecimal("100"), null, null);
    ScreeningCriteria c = new ScreeningCriteria(Combine.ANY, List.of(small, RETAIL));
    assertEquals(List.of("small"), c.evaluate(facts("100", 0, null)));
    assertEquals(List.of(), c.evaluate(facts("101", 0, null)));
  }

  @Test
  void malformedRulesAreNamed() {
    assertNotNull(new Rule("x", Field.ANNUAL_SALES, Operator.IN, null, List.of("a"), null).problem());
    assertNotNull(new Rule("x", Field.INDUSTRY, Operator.GTE, BigDecimal.ONE, null, null).problem());
    assertNull(SALES.problem());
    assertNull(RETAIL.problem());
  }

  @Test
  void theDefaultPolicyIsValidAndUsesAnnualSales() {
    var def = new DevelopmentPlanPolicyDefinition();
    assertEquals(List.of(), def.validate(def.defaults()));
    assertEquals(List.of("annual-sales-5m"), def.defaults().screening().evaluate(facts("5000000", 1, "x")));
  }
}
