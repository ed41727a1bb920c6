package io.kam.screening.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.kam.platform.approval.ApprovalChain;
import io.kam.platform.approval.ApprovalOutcome;
import io.kam.platform.approval.ApprovalService;
import io.kam.platform.approval.ApprovalView;
import io.kam.platform.approval.Decision;
import io.kam.platform.approval.StepDefinition;
import io.kam.platform.audit.AuditLog;
import io.kam.platform.error.IllegalTransitionException;
import io.kam.platform.error.ProblemException;
import io.kam.platform.policy.Policy;
import io.kam.platform.security.Actor;
import io.kam.platform.security.Roles;
import io.kam.screening.domain.Customer;
import io.kam.screening.domain.CustomerStatus;
import io.kam.screening.domain.policy.DevelopmentPlanPolicy;
import io.kam.screening.messaging.AccountConfirmedV1;
import io.kam.screening.messaging.AccountRejectedV1;
import io.kam.screening.messaging.ScreeningEvents;

/**
 * Formal confirmation of a key account (正式确定为大用户): the rep proposes, the marketing supervisor reviews (审核),
 * the marketing manager approves (审批). Either can reject or return the proposal for revision; the rep then
 * resubmits. Approval makes the customer a key account with its dedicated rep.
 */
@ApplicationScoped
public class ConfirmationService {

  private static final Logger LOG = Logger.getLogger(ConfirmationService.class);

  public static final String SUBJECT_TYPE = "customer-confirmation";
  public static final String REVIEW_STEP = "supervisor-review";
  public static final String APPROVAL_STEP = "manager-approval";

  @Inject
  CustomerAccess access;

  @Inject
  ApprovalService approvals;

  @Inject
  AnalysisService analyses;

  @Inject
  ScreeningEvents events;

  @Inject
  AuditLog audit;

  @Inject
  Clock clock;

  /** The customer and its chain, read while the chain's decisions can still be loaded. */
  public record Confirmation(Customer customer, ApprovalView approval) {

    Confirmation(Customer customer, ApprovalChain chain) {
      this(customer, ApprovalView.of(chain));
    }
  }

  @Transactional
  public Confirmation propose(UUID customerId, String repId, String justification, Actor actor) {
    requireRep(actor);
    Customer c = access.editable(actor, customerId);
    if (c.status != CustomerStatus.POTENTIAL) {
      throw new IllegalTransitionException("customer", c.status, "propose", c.status.allowedActions());
    }
    if (!analyses.hasRiskAnalysis(c.id)) {
      throw ProblemException.conflict("a risk analysis table (用户风险分析表) is required before proposing customer "
          + c.id + " as a key account");
    }
    ApprovalChain chain = approvals.start(SUBJECT_TYPE, c.id, List.of(
        StepDefinition.single(REVIEW_STEP, Roles.SUPERVISOR, c.orgUnit),
        StepDefinition.single(APPROVAL_STEP, Roles.MANAGER, c.orgUnit)), actor);
    String rep = repId == null || repId.isBlank() ? actor.id() : repId;
    c.propose(chain.id, rep, justification, now());
    audit.record(actor, "confirmation.proposed", "customer", c.id, Map.of("chainId", chain.id,
        "proposedRepId", rep, "justification", justification));
    LOG.infof("customer %s proposed as key account by %s (chain %s)", c.id, actor.id(), chain.id);
    return new Confirmation(c, chain);
  }

  @Transactional
  public Confirmation get(UUID customerId, Actor actor) {
    Customer c = access.visible(actor, customerId);
    if (c.confirmationChainId == null) {
      throw ProblemException.notFound("confirmation of customer", customerId);
    }
    return new Confirmation(c, approvals.get(c.confirmationChainId));
  }

  @Transactional
  public Confirmation decide(UUID customerId, Decision decision, String comment, Actor actor) {
    Customer c = access.visible(actor, customerId);
    if (c.status != CustomerStatus.UNDER_CONFIRMATION) {
      throw new IllegalTransitionException("customer", c.status, "decide on the confirmation of",
          c.status.allowedActions());
    }
    ApprovalOutcome outcome = approvals.decide(c.confirmationChainId, actor, decision, comment);
    Instant now = now();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("chainId", c.confirmationChainId);
    details.put("step", outcome.decision().stepName);
    details.put("decision", decision.name());
    details.put("comment", String.valueOf(comment));
    if (outcome.approved()) {
      Policy<DevelopmentPlanPolicy> plan = analyses.plan();
      c.confirm(plan.version(), now);
      events.confirmed(new AccountConfirmedV1(c.id.toString(), c.name, c.orgUnit, c.repId,
          new AccountConfirmedV1.Classification(c.productCategory, c.customerNature, c.serviceContent,
              c.classificationPolicyVersion), now, plan.version()));
      details.put("repId", c.repId);
      LOG.infof("customer %s confirmed as key account by %s, dedicated rep %s (development-plan v%d)", c.id,
          actor.id(), c.repId, plan.version());
    } else if (outcome.rejected()) {
      c.reject(now);
      events.rejected(new AccountRejectedV1(c.id.toString(), outcome.decision().stepName, comment, actor.id()));
      LOG.infof("key-account proposal of %s rejected at %s by %s", c.id, outcome.decision().stepName, actor.id());
    } else if (outcome.returned()) {
      c.returnForRevision(now);
      LOG.infof("key-account proposal of %s returned for revision at %s by %s", c.id, outcome.decision().stepName,
          actor.id());
    } else {
      c.updatedAt = now;
    }
    audit.record(actor, "confirmation.decided", "customer", c.id, details);
    c.flush();
    return new Confirmation(c, outcome.chain());
  }

  @Transactional
  public Confirmation resubmit(UUID customerId, String repId, String justification, Actor actor) {
    requireRep(actor);
    Customer c = access.editable(actor, customerId);
    if (c.status != CustomerStatus.RETURNED) {
      throw new IllegalTransitionException("customer", c.status, "resubmit", c.status.allowedActions());
    }
    ApprovalChain chain = approvals.resubmit(c.confirmationChainId, actor);
    c.resubmit(repId == null || repId.isBlank() ? null : repId, justification, now());
    audit.record(actor, "confirmation.resubmitted", "customer", c.id, Map.of("chainId", chain.id,
        "revision", chain.revisionCount, "justification", String.valueOf(justification)));
    c.flush();
    return new Confirmation(c, chain);
  }

  private static void requireRep(Actor actor) {
    if (!actor.hasRole(Roles.REP)) {
      throw ProblemException.forbidden("key-account proposals are made by a rep");
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
