package io.kam.credit.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.kam.credit.config.CreditPolicy;
import io.kam.credit.domain.CreditChangeRequest;
import io.kam.credit.domain.CreditChangeRequest.Stage;
import io.kam.credit.domain.CreditChangeRequest.Status;
import io.kam.credit.domain.CreditEvaluation;
import io.kam.credit.domain.CreditProfile;
import io.kam.credit.domain.CreditTier;
import io.kam.credit.domain.TierChangeReason;
import io.kam.credit.messaging.CreditEventPublisher;
import io.kam.credit.rest.dto.ChangeRequestCreate;
import io.kam.platform.approval.ApprovalChain;
import io.kam.platform.approval.ApprovalOutcome;
import io.kam.platform.approval.ApprovalService;
import io.kam.platform.approval.ApprovalStep;
import io.kam.platform.approval.Decision;
import io.kam.platform.approval.StepDefinition;
import io.kam.platform.audit.AuditLog;
import io.kam.platform.deadline.Deadline;
import io.kam.platform.deadline.DeadlineEvent;
import io.kam.platform.deadline.DeadlineService;
import io.kam.platform.error.Problem;
import io.kam.platform.error.ProblemException;
import io.kam.platform.policy.Policy;
import io.kam.platform.security.Actor;
import io.kam.platform.security.Roles;
import io.kam.platform.web.Cursor;
import io.kam.platform.web.Keyset;
import io.kam.platform.web.Page;

/**
 * 五、大用户信用调整: the area office files within 2 days of the trigger, the region verifies within 3 days,
 * HQ reviews and signs within 3 days (the marketing director may extend to at most 7), the area office
 * applies the approved change; the whole change within 10 days. Every stage has a tracked deadline.
 */
@ApplicationScoped
public class ChangeRequestService {

  private static final Logger LOG = Logger.getLogger(ChangeRequestService.class);
  public static final String REGION_STEP = "region-verification";
  public static final String HQ_STEP = "hq-signature";
  /** Region verification: a supervisor of the region (大区大用户部); HQ signature: a manager of HQ. */
  public static final String REGION_ROLE = Roles.SUPERVISOR;
  public static final String HQ_ROLE = Roles.MANAGER;
  public static final String HQ = "HQ";

  @Inject
  Clock clock;

  @Inject
  CreditAccess access;

  @Inject
  CreditPolicies policies;

  @Inject
  ProfileService profiles;

  @Inject
  ApprovalService approvals;

  @Inject
  DeadlineService deadlines;

  @Inject
  CreditEventPublisher events;

  @Inject
  AuditLog audit;

  @Transactional
  public CreditChangeRequest create(Actor actor, String accountId, ChangeRequestCreate form) {
    CreditProfile p = access.areaOffice(actor, accountId);
    p.requireActive("request a level change for");
    List<Problem.FieldError> errors = new ArrayList<>();
    if (form.requestedTier() == CreditTier.ORDINARY) {
      errors.add(new Problem.FieldError("requestedTier", "must be GREEN, YELLOW, RED or BLACK"));
    } else if (form.requestedTier() == p.tier) {
      errors.add(new Problem.FieldError("requestedTier", "is already the account's tier"));
    }
    if (form.triggeredAt().isAfter(clock.instant())) {
      errors.add(new Problem.FieldError("triggeredAt", "must not be in the future"));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    CreditChangeRequest r = open(p, form.requestedTier(), form.requestedCreditLimit(), form.reason(), form.trigger(),
        form.triggeredAt(), null, actor);
    return r;
  }

  /** An evaluation whose level differs from the tier is a trigger: the area office has 2 days to file. */
  @Transactional(Transactional.TxType.MANDATORY)
  public CreditChangeRequest openForEvaluation(CreditProfile p, CreditEvaluation e, Actor actor) {
    return open(p, e.level, e.creditLimit, "credit evaluation " + e.id + " scored " + e.score + " → " + e.level,
        CreditChangeRequest.Trigger.EVALUATION, e.completedAt, e.id, actor);
  }

  private CreditChangeRequest open(CreditProfile p, CreditTier tier, java.math.BigDecimal limit, String reason,
      CreditChangeRequest.Trigger trigger, Instant triggeredAt, UUID evaluationId, Actor actor) {
    Policy<CreditPolicy> policy = policies.current();
    CreditPolicy.ChangeDeadlines d = policy.content().changeDeadlines();
    CreditChangeRequest r = new CreditChangeRequest();
    r.id = UUID.randomUUID();
    r.profileId = p.id;
    r.accountId = p.accountId;
    r.orgUnit = p.orgUnit;
    r.status = Status.DRAFT;
    r.currentTier = p.tier;
    r.requestedTier = tier;
    r.requestedCreditLimit = limit;
    r.reason = reason;
    r.trigger = trigger;
    r.triggeredAt = triggeredAt;
    r.evaluationId = evaluationId;
    r.policyVersion = policy.version();
    r.createdBy = actor.id();
    r.createdAt = clock.instant();
    r.persist();
    deadline(r, Stage.FILING, triggeredAt.plus(Duration.ofDays(d.fileWithinDays())), null, null);
    deadline(r, Stage.WHOLE_CHANGE, triggeredAt.plus(Duration.ofDays(d.wholeChangeDays())), null, null);
    audit.record(actor, "create", "credit-change-request", r.id,
        Map.of("accountId", p.accountId, "requestedTier", tier.name(), "trigger", trigger.name()));
    LOG.infof("credit change request %s for %s: %s -> %s (%s) by %s under credit policy v%d", r.id, p.accountId,
        p.tier, tier, trigger, actor.id(), policy.version());
    return r;
  }

  /** The area office submits the form to its region (递交申请). */
  @Transactional
  public CreditChangeRequest file(Actor actor, String id) {
    CreditChangeRequest r = locked(id);
    access.areaOffice(actor, r.accountId);
    r.require("FILE");
    r.chainId = approvals.start(CreditChangeRequest.SUBJECT_TYPE, r.id, List.of(
        // the plan wants the region itself and HQ itself, not a unit above them
        StepDefinition.single(REGION_STEP, REGION_ROLE, CreditAccess.regionOf(r.orgUnit)).exactOrg(),
        StepDefinition.single(HQ_STEP, HQ_ROLE, HQ).exactOrg()), actor).id;
    r.status = Status.FILED;
    r.filedBy = actor.id();
    r.filedAt = clock.instant();
    meet(r, Stage.FILING);
    openRegionVerification(r);
    audit.record(actor, "file", "credit-change-request", r.id, null);
    return r;
  }

  /** Region verification (核实) or HQ review and signature (审核和签字确定), by the step's role and org unit. */
  @Transactional
  public CreditChangeRequest decide(Actor actor, String id, Decision decision, String comment) {
    CreditChangeRequest r = locked(id);
    access.readable(actor, r.accountId);
    r.require("DECIDE");
    ApprovalStep step = approvals.get(r.chainId).current();
    Stage stage = REGION_STEP.equals(step.name) ? Stage.REGION_VERIFICATION : Stage.HQ_SIGNATURE;
    ApprovalOutcome outcome = approvals.decide(r.chainId, actor, decision, comment);
    meet(r, stage);
    if (outcome.approved()) {
      r.status = Status.APPROVED;
    } else if (outcome.rejected()) {
      r.status = Status.REJECTED;
      cancel(r, Stage.WHOLE_CHANGE);
    } else if (outcome.returned()) {
      r.status = Status.RETURNED;
    } else {
      r.status = Status.VERIFIED;
      CreditPolicy.ChangeDeadlines d = policies.current().content().changeDeadlines();
      Instant now = clock.instant();
      deadline(r, Stage.HQ_SIGNATURE, now.plus(Duration.ofDays(d.hqSignDays())),
          now.plus(Duration.ofDays(d.hqSignMaxDays())), d.extensionRole());
    }
    audit.record(actor, "decide", "credit-change-request", r.id,
        Map.of("step", step.name, "decision", decision.name(), "comment", String.valueOf(comment)));
    LOG.infof("credit change request %s: %s %s by %s", r.id, step.name, decision, actor.id());
    return r;
  }

  /** After a return: the area office resubmits; the region's 3 days start again. */
  @Transactional
  public CreditChangeRequest resubmit(Actor actor, String id) {
    CreditChangeRequest r = locked(id);
    access.areaOffice(actor, r.accountId);
    r.require("RESUBMIT");
    approvals.resubmit(r.chainId, actor);
    r.status = Status.FILED;
    openRegionVerification(r);
    audit.record(actor, "resubmit", "credit-change-request", r.id, null);
    return r;
  }

  /** 特殊情况: the marketing director extends HQ's review and signature, never past the cap. */
  @Transactional
  public Deadline extendHqSignature(Actor actor, String id, Instant newDueAt, String reason) {
    CreditChangeRequest r = locked(id);
    access.readable(actor, r.accountId);
    r.require("EXTEND_HQ_SIGNATURE");
    Deadline d = deadlines.active(CreditChangeRequest.SUBJECT_TYPE, r.id, Stage.HQ_SIGNATURE.deadlineName);
    if (d == null) {
      throw new io.kam.platform.error.IllegalTransitionException("HQ signature deadline", "BREACHED", "extend");
    }
    Deadline extended = deadlines.extend(d.id, newDueAt, reason, actor);
    audit.record(actor, "extend", "credit-change-request", r.id,
        Map.of("newDueAt", newDueAt.toString(), "reason", reason));
    return extended;
  }

  /** 4 各区域…进行统计和调整: the area office applies the approved level. */
  @Transactional
  public CreditChangeRequest apply(Actor actor, String id) {
    CreditChangeRequest r = locked(id);
    CreditProfile p = access.areaOffice(actor, r.accountId);
    r.require("APPLY");
    p = CreditProfile.findById(p.id, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    p.policyVersion = r.policyVersion;
    CreditProfile.TierDecision decision = p.changeTier(r.requestedTier, TierChangeReason.CHANGE_REQUEST, now);
    if (r.requestedCreditLimit != null) {
      p.creditLimit = r.requestedCreditLimit;
    }
    profiles.record(p, decision, actor);
    r.status = Status.APPLIED;
    r.appliedBy = actor.id();
    r.appliedAt = now;
    meet(r, Stage.WHOLE_CHANGE);
    audit.record(actor, "apply", "credit-change-request", r.id, Map.of("tier", r.requestedTier.name()));
    return r;
  }

  @Transactional
  public CreditChangeRequest read(Actor actor, String id) {
    CreditChangeRequest r = find(id);
    access.readable(actor, r.accountId);
    audit.record(actor, "read", "credit-change-request", id, null);
    return r;
  }

  @Transactional
  public Page<CreditChangeRequest> list(Actor actor, String accountId, Integer limit, String after) {
    access.readable(actor, accountId);
    int n = Cursor.limit(limit);
    List<Object> params = new ArrayList<>(List.of(accountId));
    String q = Keyset.where("accountId = ?1", params, Cursor.decode(after));
    List<CreditChangeRequest> rows = Keyset.fetch(CreditChangeRequest.find(q, params.toArray()), n);
    audit.record(actor, "list", "credit-change-request", accountId, Map.of("rows", rows.size()));
    return Page.of(rows, n, x -> new Cursor(x.createdAt, x.id).encode());
  }

  public ApprovalChain chain(CreditChangeRequest r) {
    return r.chainId == null ? null : approvals.get(r.chainId);
  }

  public List<Deadline> deadlines(CreditChangeRequest r) {
    return deadlines.of(CreditChangeRequest.SUBJECT_TYPE, r.id);
  }

  /** A breached stage is announced once, in the scanner's transaction. */
  void onDeadline(@Observes DeadlineEvent event) {
    Deadline d = event.deadline();
    if (event.kind() != DeadlineEvent.Kind.BREACH || !CreditChangeRequest.SUBJECT_TYPE.equals(d.subjectType)) {
      return;
    }
    CreditChangeRequest r = CreditChangeRequest.findById(d.subjectId);
    Stage stage = Stage.ofDeadline(d.name);
    events.changeOverdue(d.accountId, d.subjectId, stage.name(), d.dueAt, r == null ? null : r.orgUnit);
    LOG.infof("credit change request %s of %s: %s overdue (due %s)", d.subjectId, d.accountId, stage, d.dueAt);
  }

  private void openRegionVerification(CreditChangeRequest r) {
    int days = policies.current().content().changeDeadlines().regionVerifyDays();
    deadline(r, Stage.REGION_VERIFICATION, clock.instant().plus(Duration.ofDays(days)), null, null);
  }

  private void deadline(CreditChangeRequest r, Stage stage, Instant due, Instant max, String extensionRole) {
    deadlines.open(CreditChangeRequest.SUBJECT_TYPE, r.id, stage.deadlineName, r.accountId, due, null, max,
        extensionRole);
  }

  /** Marks the stage done; a stage already breached stays breached (its overdue event went out). */
  private void meet(CreditChangeRequest r, Stage stage) {
    for (Deadline d : deadlines.of(CreditChangeRequest.SUBJECT_TYPE, r.id)) {
      if (d.name.equals(stage.deadlineName) && d.completedAt == null && d.status != Deadline.Status.CANCELLED) {
        deadlines.complete(d.id);
      }
    }
  }

  private void cancel(CreditChangeRequest r, Stage stage) {
    Deadline d = deadlines.active(CreditChangeRequest.SUBJECT_TYPE, r.id, stage.deadlineName);
    if (d != null) {
      deadlines.cancel(d.id);
    }
  }

  private CreditChangeRequest locked(String id) {
    CreditChangeRequest r = find(id);
    return CreditChangeRequest.findById(r.id, LockModeType.PESSIMISTIC_WRITE);
  }

  private CreditChangeRequest find(String id) {
    CreditChangeRequest r = CreditChangeRequest.findById(CreditAccess.uuid(id, "credit change request"));
    if (r == null) {
      throw ProblemException.notFound("credit change request", id);
    }
    return r;
  }
}
