package io.kam.screening.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import io.kam.platform.audit.AuditLog;
import io.kam.platform.error.Problem;
import io.kam.platform.error.ProblemException;
import io.kam.platform.policy.Policy;
import io.kam.platform.policy.PolicyService;
import io.kam.platform.security.Actor;
import io.kam.screening.config.DevelopmentPlanPolicyDefinition;
import io.kam.screening.domain.CompetitorAnalysis;
import io.kam.screening.domain.Customer;
import io.kam.screening.domain.DevelopmentAnalysis;
import io.kam.screening.domain.DevelopmentVerdict;
import io.kam.screening.domain.NeedsAnalysis;
import io.kam.screening.domain.ResourceFit;
import io.kam.screening.domain.RiskAnalysis;
import io.kam.screening.domain.policy.DevelopmentPlanPolicy;
import io.kam.screening.domain.policy.ResourceFitRules;
import io.kam.screening.domain.policy.RiskRules;
import io.kam.screening.rest.dto.AnalysisViews.CompetitorView;
import io.kam.screening.rest.dto.CompetitorAnalysisInput;
import io.kam.screening.rest.dto.DevelopmentAnalysisInput;
import io.kam.screening.rest.dto.NeedsAnalysisInput;
import io.kam.screening.rest.dto.ResourceFitInput;
import io.kam.screening.rest.dto.RiskAnalysisInput;

/**
 * The analyses of a potential key account: needs (需求), resource fit (资源契合度), competitors (竞争对手), the risk
 * analysis table (用户风险分析表) and the development analysis (大用户分析) with its worth-developing verdict. Each
 * analysis is a new record (the history is kept); scored ones record the policy version they applied.
 */
@ApplicationScoped
public class AnalysisService {

  private static final Logger LOG = Logger.getLogger(AnalysisService.class);

  @Inject
  CustomerAccess access;

  @Inject
  PolicyService policies;

  @Inject
  AuditLog audit;

  @Inject
  ObjectMapper mapper;

  @Inject
  jakarta.persistence.EntityManager em;

  @Inject
  Clock clock;

  public Policy<DevelopmentPlanPolicy> plan() {
    return policies.current(DevelopmentPlanPolicyDefinition.KEY, DevelopmentPlanPolicy.class);
  }

  @Transactional
  public NeedsAnalysis needs(UUID customerId, NeedsAnalysisInput in, Actor actor) {
    Customer c = access.editable(actor, customerId);
    NeedsAnalysis n = new NeedsAnalysis();
    n.id = UUID.randomUUID();
    n.customerId = c.id;
    n.needs = json(in.needs());
    n.salesOpportunities = json(in.salesOpportunities());
    n.summary = in.summary();
    n.analysedBy = actor.id();
    n.createdAt = now();
    n.persist();
    audit.record(actor, "needs-analysis.created", "customer", c.id, Map.of("needsAnalysisId", n.id,
        "needs", in.needs().size(), "opportunities", in.salesOpportunities().size()));
    return n;
  }

  @Transactional
  public ResourceFit resourceFit(UUID customerId, ResourceFitInput in, Actor actor) {
    Customer c = access.editable(actor, customerId);
    if (in.needsAnalysisId() != null) {
      NeedsAnalysis n = NeedsAnalysis.findById(in.needsAnalysisId());
      if (n == null || !n.customerId.equals(c.id)) {
        throw ProblemException.invalid("needsAnalysisId", "is not a needs analysis of this customer");
      }
    }
    Policy<DevelopmentPlanPolicy> policy = plan();
    ResourceFitRules rules = policy.content().resourceFit();
    ResourceFitRules.Fit fit = rules.assess(in.technicalScore(), in.productionScore(), in.afterSalesScore());
    ResourceFit f = new ResourceFit();
    f.id = UUID.randomUUID();
    f.customerId = c.id;
    f.needsAnalysisId = in.needsAnalysisId();
    f.technicalScore = in.technicalScore();
    f.productionScore = in.productionScore();
    f.afterSalesScore = in.afterSalesScore();
    f.technicalWeight = rules.technicalWeight();
    f.productionWeight = rules.productionWeight();
    f.afterSalesWeight = rules.afterSalesWeight();
    f.technicalNote = in.technicalNote();
    f.productionNote = in.productionNote();
    f.afterSalesNote = in.afterSalesNote();
    f.fitScore = fit.score();
    f.likelihood = fit.likelihood().name();
    f.policyVersion = policy.version();
    f.assessedBy = actor.id();
    f.createdAt = now();
    f.persist();
    audit.record(actor, "resource-fit.created", "customer", c.id, Map.of("resourceFitId", f.id,
        "fitScore", f.fitScore, "likelihood", f.likelihood, "policyVersion", f.policyVersion));
    LOG.infof("resource fit of %s by %s: %s (%s) under development-plan v%d", c.id, actor.id(), f.fitScore,
        f.likelihood, f.policyVersion);
    return f;
  }

  @Transactional
  public CompetitorAnalysis competitors(UUID customerId, CompetitorAnalysisInput in, Actor actor) {
    Customer c = access.editable(actor, customerId);
    List<CompetitorView> competitors = in.competitors().stream().map(x -> new CompetitorView(x.name(),
        x.technicalCapability(), x.productCapability(), x.serviceCapability(),
        BigDecimal.valueOf(x.technicalCapability() + x.productCapability() + x.serviceCapability())
            .divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP), x.notes())).toList();
    CompetitorAnalysis a = new CompetitorAnalysis();
    a.id = UUID.randomUUID();
    a.customerId = c.id;
    a.competitors = json(competitors);
    a.ourStrengths = in.ourStrengths();
    a.ourWeaknesses = in.ourWeaknesses();
    a.analysedBy = actor.id();
    a.createdAt = now();
    a.persist();
    audit.record(actor, "competitor-analysis.created", "customer", c.id, Map.of("competitorAnalysisId", a.id,
        "competitors", competitors.size()));
    return a;
  }

  @Transactional
  public RiskAnalysis risk(UUID customerId, RiskAnalysisInput in, Actor actor) {
    Customer c = access.editable(actor, customerId);
    Policy<DevelopmentPlanPolicy> policy = plan();
    RiskRules rules = policy.content().risk();
    List<Problem.FieldError> errors = new ArrayList<>();
    for (RiskRules.Indicator i : rules.indicators()) {
      if (!in.scores().containsKey(i.code())) {
        errors.add(new Problem.FieldError("scores." + i.code(), "is required by development-plan v"
            + policy.version()));
      }
    }
    for (String code : in.scores().keySet()) {
      if (rules.indicators().stream().noneMatch(i -> i.code().equals(code))) {
        errors.add(new Problem.FieldError("scores." + code, "is not an indicator of development-plan v"
            + policy.version()));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    RiskRules.Assessment assessment = rules.assess(in.scores());
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("lines", assessment.lines());
    table.put("bands", Map.of("lowRiskFrom", rules.lowRiskFrom(), "mediumRiskFrom", rules.mediumRiskFrom()));
    RiskAnalysis r = new RiskAnalysis();
    r.id = UUID.randomUUID();
    r.customerId = c.id;
    r.lines = json(table);
    r.weightedTotal = assessment.weightedTotal();
    r.level = assessment.level().name();
    r.policyVersion = policy.version();
    r.note = in.note();
    r.analysedBy = actor.id();
    r.createdAt = now();
    r.persist();
    audit.record(actor, "risk-analysis.created", "customer", c.id, Map.of("riskAnalysisId", r.id,
        "scores", in.scores(), "weightedTotal", r.weightedTotal, "level", r.level, "policyVersion", r.policyVersion));
    LOG.infof("risk analysis of %s by %s: %s %s under development-plan v%d", c.id, actor.id(), r.weightedTotal,
        r.level, r.policyVersion);
    return r;
  }

  @Transactional
  public DevelopmentAnalysis development(UUID customerId, DevelopmentAnalysisInput in, Actor actor) {
    Customer c = access.editable(actor, customerId);
    Policy<DevelopmentPlanPolicy> policy = plan();
    DevelopmentAnalysisInput.Estimate e = in.estimate();
    DevelopmentAnalysisInput.Financial f = in.financial();
    DevelopmentVerdict verdict = DevelopmentVerdict.evaluate(
        new DevelopmentVerdict.Estimate(e.expectedSales(), e.expectedProfit(), e.inventoryInterest(), e.staffCost(),
            e.travelCost(), e.riskCoefficient(), e.managementCost()),
        new DevelopmentVerdict.Financials(f.currentRatio(), f.netProfitMargin(), f.returnOnAssets(),
            f.collectionPeriodDays(), f.inventoryTurnoverDays()),
        policy.content().worth());
    DevelopmentAnalysis d = new DevelopmentAnalysis();
    d.id = UUID.randomUUID();
    d.customerId = c.id;
    d.input = json(in);
    d.verdict = json(verdict);
    d.worth = verdict.worthDeveloping();
    d.policyVersion = policy.version();
    d.analysedBy = actor.id();
    d.createdAt = now();
    d.persist();
    audit.record(actor, "development-analysis.created", "customer", c.id, Map.of("developmentAnalysisId", d.id,
        "worthDeveloping", d.worth, "netValue", verdict.netValue(), "policyVersion", d.policyVersion));
    LOG.infof("development analysis of %s by %s: worth developing=%s (net %s) under development-plan v%d", c.id,
        actor.id(), d.worth, verdict.netValue(), d.policyVersion);
    return d;
  }

  public <T> List<T> history(Class<T> type, UUID customerId, Actor actor) {
    Customer c = access.visible(actor, customerId);
    return em.createQuery("from " + type.getSimpleName() + " where customerId = ?1 order by createdAt desc, id", type)
        .setParameter(1, c.id).getResultList();
  }

  /** One analysis of a customer the actor can see. */
  public <T> T one(Class<T> type, UUID customerId, UUID id, Actor actor) {
    Customer c = access.visible(actor, customerId);
    List<T> rows = em.createQuery("from " + type.getSimpleName() + " where customerId = ?1 and id = ?2", type)
        .setParameter(1, c.id).setParameter(2, id).getResultList();
    if (rows.isEmpty()) {
      throw ProblemException.notFound(type.getSimpleName(), id);
    }
    return rows.get(0);
  }

  public boolean hasRiskAnalysis(UUID customerId) {
    return RiskAnalysis.count("customerId", customerId) > 0;
  }

  private String json(Object o) {
    try {
      return mapper.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
