package io.kam.screening.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.kam.platform.error.Problem;
import io.kam.platform.policy.PolicyDefinition;
import io.kam.screening.domain.policy.DevelopmentPlanPolicy;
import io.kam.screening.domain.policy.ResourceFitRules;
import io.kam.screening.domain.policy.RiskRules;
import io.kam.screening.domain.policy.ScreeningCriteria;
import io.kam.screening.domain.policy.WorthRules;

/**
 * Plan 1 (大用户开发方案) as a controlled policy: screening criteria, resource-fit weights, the risk analysis table's
 * indicators and weights, and the worth-developing thresholds. Every decision records its version.
 */
@ApplicationScoped
public class DevelopmentPlanPolicyDefinition implements PolicyDefinition<DevelopmentPlanPolicy> {

  public static final String KEY = "development-plan";

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String title() {
    return "Key account development plan (大用户开发方案)";
  }

  @Override
  public String documentNumber() {
    return "KAM-PLAN-01";
  }

  @Override
  public Class<DevelopmentPlanPolicy> contentType() {
    return DevelopmentPlanPolicy.class;
  }

  @Override
  public DevelopmentPlanPolicy defaults() {
    return new DevelopmentPlanPolicy(
        new ScreeningCriteria(ScreeningCriteria.Combine.ANY, List.of(
            new ScreeningCriteria.Rule("annual-sales-5m", ScreeningCriteria.Field.ANNUAL_SALES,
                ScreeningCriteria.Operator.GTE, new BigDecimal("5000000"), null, "annual sales of at least 5 million"),
            new ScreeningCriteria.Rule("purchases-24-a-year", ScreeningCriteria.Field.PURCHASE_FREQUENCY,
                ScreeningCriteria.Operator.GTE, new BigDecimal("24"), null, "at least 24 purchases a year"))),
        new ResourceFitRules(new BigDecimal("0.40"), new BigDecimal("0.30"), new BigDecimal("0.30"),
            new BigDecimal("75"), new BigDecimal("50")),
        new RiskRules(List.of(
            new RiskRules.Indicator("competitive-advantage", "竞争优势 Competitive advantage", new BigDecimal("0.40")),
            new RiskRules.Indicator("customer-needs", "用户需求 Customer needs", new BigDecimal("0.35")),
            new RiskRules.Indicator("competitor-analysis", "竞争对手分析 Competitor analysis", new BigDecimal("0.25"))),
            new BigDecimal("75"), new BigDecimal("50")),
        new WorthRules(BigDecimal.ZERO, new BigDecimal("0.20"), new BigDecimal("1.0"), BigDecimal.ZERO,
            new BigDecimal("120")));
  }

  @Override
  public List<Problem.FieldError> validate(DevelopmentPlanPolicy content) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<ScreeningCriteria.Rule> rules = content.screening().rules();
    for (int i = 0; i < rules.size(); i++) {
      ScreeningCriteria.Rule r = rules.get(i);
      if (!ids.add(r.id())) {
        errors.add(new Problem.FieldError("content.screening.rules[" + i + "].id", "appears twice"));
      }
      String problem = r.problem();
      if (problem != null) {
        errors.add(new Problem.FieldError("content.screening.rules[" + i + "]", problem));
      }
    }
    if (content.resourceFit().weightSum().compareTo(BigDecimal.ONE) != 0) {
      errors.add(new Problem.FieldError("content.resourceFit", "the three weights must add up to 1"));
    }
    if (content.resourceFit().mediumFrom().compareTo(content.resourceFit().highFrom()) > 0) {
      errors.add(new Problem.FieldError("content.resourceFit.mediumFrom", "must not exceed highFrom"));
    }
    if (content.risk().weightSum().compareTo(BigDecimal.ONE) != 0) {
      errors.add(new Problem.FieldError("content.risk.indicators", "the weights must add up to 1"));
    }
    Set<String> codes = new HashSet<>();
    for (RiskRules.Indicator i : content.risk().indicators()) {
      if (!codes.add(i.code())) {
        errors.add(new Problem.FieldError("content.risk.indicators", "code " + i.code() + " appears twice"));
      }
    }
    if (content.risk().mediumRiskFrom().compareTo(content.risk().lowRiskFrom()) > 0) {
      errors.add(new Problem.FieldError("content.risk.mediumRiskFrom", "must not exceed lowRiskFrom"));
    }
    return errors;
  }
}
