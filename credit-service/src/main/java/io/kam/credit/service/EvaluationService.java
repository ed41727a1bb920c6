package io.kam.credit.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import io.kam.credit.config.CreditPolicy;
import io.kam.credit.domain.BasicInformation;
import io.kam.credit.domain.CreditChangeRequest;
import io.kam.credit.domain.CreditEvaluation;
import io.kam.credit.domain.CreditProfile;
import io.kam.credit.domain.DocumentChecklist;
import io.kam.credit.domain.ScoreCard;
import io.kam.credit.domain.TierChangeReason;
import io.kam.credit.messaging.CreditEventPublisher;
import io.kam.credit.rest.dto.EvaluationUpdate;
import io.kam.platform.audit.AuditLog;
import io.kam.platform.error.Problem;
import io.kam.platform.error.ProblemException;
import io.kam.platform.policy.Policy;
import io.kam.platform.security.Actor;

/**
 * 3 大用户信用等级评定: collect documents, fill the basic information form and the scoring sheet, then score
 * → level and credit limit. A completed evaluation whose level differs from the tier starts a change request.
 */
@ApplicationScoped
public class EvaluationService {

  private static final Logger LOG = Logger.getLogger(EvaluationService.class);
  private static final TypeReference<Map<String, BigDecimal>> SCORES = new TypeReference<>() {
  };

  @Inject
  Clock clock;

  @Inject
  ObjectMapper mapper;

  @Inject
  CreditAccess access;

  @Inject
  CreditPolicies policies;

  @Inject
  ProfileService profiles;

  @Inject
  ChangeRequestService changes;

  @Inject
  CreditEventPublisher events;

  @Inject
  AuditLog audit;

  @Transactional
  public CreditEvaluation start(Actor actor, String accountId) {
    CreditProfile p = access.readable(actor, accountId);
    p.requireActive("evaluate");
    CreditEvaluation e = new CreditEvaluation();
    e.id = UUID.randomUUID();
    e.profileId = p.id;
    e.accountId = p.accountId;
    e.status = CreditEvaluation.Status.DRAFT;
    e.documents = write(DocumentChecklist.empty());
    e.basicInformation = write(BasicInformation.empty());
    e.scores = "{}";
    e.policyVersion = policies.current().version();
    e.createdBy = actor.id();
    e.createdAt = clock.instant();
    e.persist();
    audit.record(actor, "start", "credit-evaluation", e.id, Map.of("accountId", accountId));
    return e;
  }

  @Transactional
  public CreditEvaluation read(Actor actor, String id) {
    CreditEvaluation e = visible(actor, id);
    audit.record(actor, "read", "credit-evaluation", id, Map.of("accountId", e.accountId));
    return e;
  }

  @Transactional
  public CreditEvaluation update(Actor actor, String id, EvaluationUpdate update) {
    CreditEvaluation e = visible(actor, id);
    e.requireDraft("update");
    if (update.version() != e.version) {
      throw ProblemException.conflict("the evaluation was changed meanwhile; read it again")
          .with("currentVersion", e.version);
    }
    Policy<CreditPolicy> policy = policies.current();
    if (update.scores() != null) {
      List<Problem.FieldError> errors = checkScores(policy.content(), update.scores());
      if (!errors.isEmpty()) {
        throw ProblemException.invalid(errors);
      }
      Map<String, BigDecimal> merged = new HashMap<>(scores(e));
      merged.putAll(update.scores());
      e.scores = write(merged);
    }
    if (update.documents() != null) {
      e.documents = write(update.documents());
    }
    if (update.basicInformation() != null) {
      e.basicInformation = write(update.basicInformation());
    }
    e.policyVersion = policy.version();
    audit.record(actor, "update", "credit-evaluation", id, Map.of("sections", sections(update)));
    return e;
  }

  /** Completes the evaluation: refused (409, with what is missing) while any input is incomplete. */
  @Transactional
  public CreditEvaluation complete(Actor actor, String id) {
    CreditEvaluation e = visible(actor, id);
    e = CreditEvaluation.findById(e.id, LockModeType.PESSIMISTIC_WRITE);
    e.requireDraft("complete");
    CreditProfile p = CreditProfile.findById(e.profileId, LockModeType.PESSIMISTIC_WRITE);
    p.requireActive("evaluate");
    Policy<CreditPolicy> policy = policies.current();
    Map<String, BigDecimal> points = scores(e);
    List<String> missing = new ArrayList<>(documents(e).missing());
    missing.addAll(basicInformation(e).missing());
    missing.addAll(ScoreCard.missing(policy.content().scoringSheet(), points));
    if (!missing.isEmpty()) {
      throw new ProblemException(409, "evaluation-incomplete", "Evaluation is incomplete",
          "the evaluation cannot be completed until the checklist, the basic information form and the scoring "
              + "sheet are complete")
          .with("currentState", e.status.name()).with("missing", missing);
    }
    List<Problem.FieldError> errors = checkScores(policy.content(), points);
    if (!errors.isEmpty()) {
      throw new ProblemException(409, "evaluation-stale", "Scores do not fit the policy in force",
          "the credit plan changed since the scores were entered; correct them", errors);
    }
    ScoreCard card = ScoreCard.score(policy.content(), points);
    Instant now = clock.instant();
    e.status = CreditEvaluation.Status.COMPLETED;
    e.score = card.score();
    e.level = card.level();
    e.creditLimit = card.creditLimit();
    e.breakdown = write(card);
    e.policyVersion = policy.version();
    e.completedBy = actor.id();
    e.completedAt = now;

    p.score = card.score();
    p.evaluatedLevel = card.level();
    p.creditLimit = card.creditLimit();
    p.lastEvaluationId = e.id;
    p.policyVersion = policy.version();
    p.ratedAt = now;
    p.updatedAt = now;
    if (p.tier == null) {
      // an account without a tier yet takes the evaluated level as its first rating
      CreditProfile.TierDecision first = p.changeTier(card.level(), TierChangeReason.EVALUATION, now);
      profiles.record(p, first, actor);
    } else {
      events.rated(p, card.level(), card.score(), card.creditLimit(), e.id);
      if (p.tier != card.level()) {
        CreditChangeRequest request = changes.openForEvaluation(p, e, actor);
        e.changeRequestId = request.id;
      }
    }
    audit.record(actor, "complete", "credit-evaluation", id,
        Map.of("score", card.score(), "level", card.level().name(), "policyVersion", policy.version()));
    LOG.infof("credit evaluation %s of %s by %s: score %s, level %s, limit %s (policy v%d)", e.id, e.accountId,
        actor.id(), card.score(), card.level(), card.creditLimit(), policy.version());
    return e;
  }

  public DocumentChecklist documents(CreditEvaluation e) {
    return read(e.documents, DocumentChecklist.class);
  }

  public BasicInformation basicInformation(CreditEvaluation e) {
    return read(e.basicInformation, BasicInformation.class);
  }

  public Map<String, BigDecimal> scores(CreditEvaluation e) {
    try {
      return mapper.readValue(e.scores, SCORES);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  public ScoreCard breakdown(CreditEvaluation e) {
    return e.breakdown == null ? null : read(e.breakdown, ScoreCard.class);
  }

  private CreditEvaluation visible(Actor actor, String id) {
    if (!CreditAccess.mayReadCredit(actor)) {
      throw ProblemException.forbidden("credit information is visible to supervisors and above only");
    }
    CreditEvaluation e = CreditEvaluation.findById(CreditAccess.uuid(id, "credit evaluation"));
    if (e == null) {
      throw ProblemException.notFound("credit evaluation", id);
    }
    CreditProfile p = CreditProfile.findById(e.profileId);
    if (!actor.covers(p.orgUnit)) {
      throw ProblemException.notFound("credit evaluation", id);
    }
    return e;
  }

  private static List<Problem.FieldError> checkScores(CreditPolicy policy, Map<String, BigDecimal> scores) {
    Map<String, BigDecimal> max = new HashMap<>();
    policy.scoringSheet().forEach(c -> c.criteria().forEach(cr -> max.put(cr.code(), cr.maxPoints())));
    List<Problem.FieldError> errors = new ArrayList<>();
    scores.forEach((code, points) -> {
      if (!max.containsKey(code)) {
        errors.add(new Problem.FieldError("scores." + code, "not a criterion of the scoring sheet"));
      } else if (points == null || points.signum() < 0 || points.compareTo(max.get(code)) > 0) {
        errors.add(new Problem.FieldError("scores." + code, "must be between 0 and " + max.get(code)));
      }
    });
    return errors;
  }

  private static List<String> sections(EvaluationUpdate u) {
    List<String> s = new ArrayList<>();
    if (u.documents() != null) {
      s.add("documents");
    }
    if (u.basicInformation() != null) {
      s.add("basicInformation");
    }
    if (u.scores() != null) {
      s.add("scores");
    }
    return s;
  }

  private <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
