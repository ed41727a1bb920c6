package io.kam.credit.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.kam.credit.config.CreditPolicy.ChangeDeadlines;
import io.kam.credit.config.CreditPolicy.Criterion;
import io.kam.credit.config.CreditPolicy.ScoreBand;
import io.kam.credit.config.CreditPolicy.ScoringCategory;
import io.kam.credit.config.CreditPolicy.TierThresholds;
import io.kam.credit.domain.CreditTier;
import io.kam.platform.error.Problem;
import io.kam.platform.policy.PolicyDefinition;

/**
 * The credit plan as a controlled policy. The seed leaves the tier amounts blank; the defaults below are
 * this service's choice (CNY over 12 months) and are changed through the policy process, not in code.
 */
@ApplicationScoped
public class CreditPolicyDefinition implements PolicyDefinition<CreditPolicy> {

  public static final String KEY = "credit-plan";

  @Override
  public String key() {
    return KEY;
  }

  /** Scoring criteria are credit information: supervisors and above only (plan §6.2). */
  @Override
  public Set<String> readerRoles() {
    return Set.of("supervisor", "manager", "director", "vp", "gm", "admin");
  }

  @Override
  public String title() {
    return "大用户信用管理方案 (key account credit management plan)";
  }

  @Override
  public String documentNumber() {
    return "KAM-PLAN-03";
  }

  @Override
  public Class<CreditPolicy> contentType() {
    return CreditPolicy.class;
  }

  @Override
  public String implementingDepartment() {
    return "Regional key account departments and area key account offices";
  }

  @Override
  public String supervisingDepartment() {
    return "HQ key account management centre";
  }

  @Override
  public CreditPolicy defaults() {
    return new CreditPolicy(
        new TierThresholds(cny(10_000_000), cny(5_000_000), cny(1_000_000)),
        new BigDecimal("0.75"),
        12,
        List.of(
            category("BASIC_INFORMATION", "Basic information (基础信息)", 20,
                criterion("company-basics", "Company basics (企业基础情况)"),
                criterion("company-history", "Company history (企业历史)"),
                criterion("management", "Management (经营者情况)"),
                criterion("business-policy", "Business policy (企业经营方针)"),
                criterion("internal-organisation", "Internal management and organisation (内部管理和组织形式)"),
                criterion("bank-relations", "Bank relations (银行往来)")),
            category("OVERALL_CAPABILITY", "Overall capability (综合能力)", 30,
                criterion("management-ability", "Management ability (经营者能力)"),
                criterion("facilities", "Infrastructure and equipment (基础设施和设备条件)"),
                criterion("staff-ability", "Staff ability (职员能力)"),
                criterion("production-capacity", "Production capacity (生产能力)"),
                criterion("sales-capacity", "Sales capacity (销售能力)")),
            category("CAPITAL_AND_SOLVENCY", "Capital and solvency incl. collateral (资本情况)", 35,
                criterion("capital-structure", "Capital structure (资本组成)"),
                criterion("capital-relations", "Capital relations (资本关系)"),
                criterion("capital-increase", "Ability to raise capital (增资能力)"),
                criterion("financial-condition", "Financial condition and solvency (财务情况、偿债能力)"),
                criterion("collateral", "Collateral status (担保品状态)"),
                criterion("guarantee-method", "Accepted guarantee methods (接收担保方法)")),
            category("BUSINESS_ENVIRONMENT", "Business environment (经营环境)", 15,
                criterion("policy-factors", "Policy factors (政策原因)"),
                criterion("economic-factors", "Economic factors (经济原因)"),
                criterion("industry-situation", "Industry situation (行业总体情况)"))),
        List.of(
            new ScoreBand(new BigDecimal("85"), CreditTier.GREEN, cny(5_000_000)),
            new ScoreBand(new BigDecimal("70"), CreditTier.YELLOW, cny(2_000_000)),
            new ScoreBand(new BigDecimal("55"), CreditTier.RED, cny(500_000)),
            new ScoreBand(BigDecimal.ZERO, CreditTier.BLACK, BigDecimal.ZERO)),
        new ChangeDeadlines(2, 3, 3, 7, 10, "director"));
  }

  @Override
  public List<Problem.FieldError> validate(CreditPolicy p) {
    List<Problem.FieldError> errors = new ArrayList<>();
    TierThresholds t = p.tierThresholds();
    if (t.greenMin().compareTo(t.yellowMin()) <= 0 || t.yellowMin().compareTo(t.redMin()) <= 0) {
      errors.add(new Problem.FieldError("content.tierThresholds", "must satisfy greenMin > yellowMin > redMin"));
    }
    BigDecimal weights = p.scoringSheet().stream().map(ScoringCategory::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (weights.compareTo(new BigDecimal("100")) != 0) {
      errors.add(new Problem.FieldError("content.scoringSheet", "category weights must add up to 100"));
    }
    Set<String> codes = new HashSet<>();
    for (ScoringCategory c : p.scoringSheet()) {
      for (Criterion cr : c.criteria()) {
        if (!codes.add(cr.code())) {
          errors.add(new Problem.FieldError("content.scoringSheet", "criterion code " + cr.code() + " is used twice"));
        }
      }
    }
    boolean hasZero = p.scoreBands().stream().anyMatch(b -> b.minScore().signum() == 0);
    if (!hasZero) {
      errors.add(new Problem.FieldError("content.scoreBands", "one band must start at score 0"));
    }
    if (p.scoreBands().stream().anyMatch(b -> b.level() == CreditTier.ORDINARY)) {
      errors.add(new Problem.FieldError("content.scoreBands", "ORDINARY is not a credit level"));
    }
    ChangeDeadlines d = p.changeDeadlines();
    if (d.hqSignMaxDays() < d.hqSignDays()) {
      errors.add(new Problem.FieldError("content.changeDeadlines.hqSignMaxDays", "must be at least hqSignDays"));
    }
    return errors;
  }

  private static BigDecimal cny(long amount) {
    return BigDecimal.valueOf(amount).setScale(2);
  }

  private static ScoringCategory category(String code, String name, int weight, Criterion... criteria) {
    return new ScoringCategory(code, name, BigDecimal.valueOf(weight), List.of(criteria));
  }

  private static Criterion criterion(String code, String name) {
    return new Criterion(code, name, BigDecimal.TEN);
  }
}
