package io.kam.platform.policy;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import io.kam.platform.error.IllegalTransitionException;
import io.kam.platform.error.Problem;
import io.kam.platform.error.ProblemException;
import io.kam.platform.security.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Versioned policy: a change is prepared (draft), reviewed, then approved, and only then in force; the
 * previous version is superseded. Decisions read {@link #current} and record its version.
 */
@ApplicationScoped
public class PolicyService {

  private static final Logger LOG = Logger.getLogger(PolicyService.class);

  @Inject
  Instance<PolicyDefinition<?>> definitions;

  @Inject
  ObjectMapper mapper;

  @Inject
  Validator validator;

  @Inject
  Clock clock;

  void bootstrap(@Observes StartupEvent event) {
    for (PolicyDefinition<?> def : definitions) {
      QuarkusTransaction.requiringNew().run(() -> ensureInitial(def));
    }
  }

  private void ensureInitial(PolicyDefinition<?> def) {
    if (PolicyDocument.count("policyKey", def.key()) > 0) {
      return;
    }
    PolicyDocument doc = newVersion(def, 1, write(def.defaults()), "initial version from the service's defaults",
        "A", "system");
    doc.status = PolicyDocument.Status.IN_FORCE;
    doc.reviewedBy = "system";
    doc.reviewedAt = doc.preparedAt;
    doc.approvedBy = "system";
    doc.approvedAt = doc.preparedAt;
    doc.revisionDate = LocalDate.ofInstant(doc.preparedAt, ZoneOffset.UTC);
    doc.persist();
    LOG.infof("policy %s version 1 put in force from defaults", def.key());
  }

  public PolicyDefinition<?> definition(String key) {
    for (PolicyDefinition<?> def : definitions) {
      if (def.key().equals(key)) {
        return def;
      }
    }
    throw ProblemException.notFound("policy", key);
  }

  public List<PolicyDefinition<?>> definitions() {
    List<PolicyDefinition<?>> all = new ArrayList<>();
    definitions.forEach(all::add);
    return all;
  }

  /** The version in force, with its content read as {@code type}. */
  public <T> Policy<T> current(String key, Class<T> type) {
    PolicyDocument doc = inForce(key);
    try {
      return new Policy<>(key, doc.version, doc.documentNumber, mapper.readValue(doc.content, type));
    } catch (IOException e) {
      throw new IllegalStateException("policy " + key + " v" + doc.version + " cannot be read", e);
    }
  }

  public PolicyDocument inForce(String key) {
    PolicyDocument doc = PolicyDocument.find("policyKey = ?1 and status = ?2", key, PolicyDocument.Status.IN_FORCE)
        .firstResult();
    if (doc == null) {
      throw ProblemException.notFound("policy in force", key);
    }
    return doc;
  }

  public PolicyDocument version(String key, int version) {
    PolicyDocument doc = PolicyDocument.find("policyKey = ?1 and version = ?2", key, version).firstResult();
    if (doc == null) {
      throw ProblemException.notFound("policy version", key + " v" + version);
    }
    return doc;
  }

  public List<PolicyDocument> versions(String key) {
    definition(key);
    return PolicyDocument.list("policyKey = ?1 order by version desc", key);
  }

  @Transactional
  public PolicyDocument prepare(String key, PolicyDraft draft, Actor by) {
    PolicyDefinition<?> def = definition(key);
    requireRole(by, def.preparerRoles(), "prepare");
    String content = validated(def, draft.content());
    PolicyDocument inForce = inForce(key);
    if (PolicyDocument.count("policyKey = ?1 and status in (?2, ?3)", key, PolicyDocument.Status.DRAFT,
        PolicyDocument.Status.REVIEWED) > 0) {
      throw ProblemException.conflict("policy " + key + " already has a change under way; decide it first");
    }
    Integer max = PolicyDocument.find("select max(version) from PolicyDocument where policyKey = ?1", key)
        .project(Integer.class).firstResult();
    PolicyDocument doc = newVersion(def, max + 1, content, draft.changeSummary(),
        draft.revisionMark() != null ? draft.revisionMark() : nextMark(inForce.revisionMark), by.id());
    doc.revisionCount = inForce.revisionCount + 1;
    if (draft.implementingDepartment() != null) {
      doc.implementingDepartment = draft.implementingDepartment();
    }
    if (draft.supervisingDepartment() != null) {
      doc.supervisingDepartment = draft.supervisingDepartment();
    }
    if (draft.verifyingDepartment() != null) {
      doc.verifyingDepartment = draft.verifyingDepartment();
    }
    doc.persist();
    LOG.infof("policy %s v%d prepared by %s", key, doc.version, by.id());
    return doc;
  }

  @Transactional
  public PolicyDocument review(String key, int version, PolicyDecision decision, Actor by) {
    PolicyDefinition<?> def = definition(key);
    requireRole(by, def.reviewerRoles(), "review");
    PolicyDocument doc = lock(key, version);
    if (doc.status != PolicyDocument.Status.DRAFT) {
      throw new IllegalTransitionException("policy version", doc.status, "review", allowed(doc.status));
    }
    if (by.id().equals(doc.preparedBy)) {
      throw ProblemException.forbidden("the preparer of a policy change cannot review it");
    }
    requireReasonOnRefusal(decision);
    doc.reviewedBy = by.id();
    doc.reviewedAt = clock.instant();
    doc.reviewComment = decision.comment();
    doc.status = decision.accept() ? PolicyDocument.Status.REVIEWED : PolicyDocument.Status.REJECTED;
    LOG.infof("policy %s v%d review by %s: %s", key, version, by.id(), doc.status);
    return doc;
  }

  @Transactional
  public PolicyDocument approve(String key, int version, PolicyDecision decision, Actor by) {
    PolicyDefinition<?> def = definition(key);
    requireRole(by, def.approverRoles(), "approve");
    PolicyDocument doc = lock(key, version);
    if (doc.status != PolicyDocument.Status.REVIEWED) {
      throw new IllegalTransitionException("policy version", doc.status, "approve", allowed(doc.status));
    }
    if (by.id().equals(doc.preparedBy)) {
      throw ProblemException.forbidden("the preparer of a policy change cannot approve it");
    }
    requireReasonOnRefusal(decision);
    doc.approvedBy = by.id();
    doc.approvedAt = clock.instant();
    if (!decision.accept()) {
      doc.status = PolicyDocument.Status.REJECTED;
      doc.reviewComment = decision.comment();
      return doc;
    }
    PolicyDocument previous = inForce(key);
    previous.status = PolicyDocument.Status.SUPERSEDED;
    previous.flush();
    doc.status = PolicyDocument.Status.IN_FORCE;
    doc.revisionDate = LocalDate.ofInstant(doc.approvedAt, ZoneOffset.UTC);
    LOG.infof("policy %s v%d approved by %s and now in force (v%d superseded)", key, version, by.id(),
        previous.version);
    return doc;
  }

  public PolicyView view(PolicyDocument d) {
    try {
      return new PolicyView(d.policyKey, d.version, d.status.name(), d.title, d.documentNumber, d.controlledStatus,
          d.implementingDepartment, d.supervisingDepartment, d.verifyingDepartment, d.preparedBy, d.preparedAt,
          d.reviewedBy, d.reviewedAt, d.reviewComment, d.approvedBy, d.approvedAt, d.revisionMark,
          d.revisionCount, d.revisionDate, d.changeSummary, mapper.readTree(d.content));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> allowed(PolicyDocument.Status status) {
    return switch (status) {
      case DRAFT -> List.of("REVIEW");
      case REVIEWED -> List.of("APPROVE");
      default -> List.of();
    };
  }

  private static void requireReasonOnRefusal(PolicyDecision decision) {
    if (!decision.accept() && (decision.comment() == null || decision.comment().isBlank())) {
      throw ProblemException.invalid("comment", "a reason is required to refuse");
    }
  }

  private PolicyDocument lock(String key, int version) {
    PolicyDocument doc = version(key, version);
    return PolicyDocument.findById(doc.id, LockModeType.PESSIMISTIC_WRITE);
  }

  private static void requireRole(Actor by, Set<String> roles, String what) {
    if (roles.stream().noneMatch(by::hasRole)) {
      throw ProblemException.forbidden("to " + what + " a policy change requires one of the roles " + roles);
    }
  }

  private String validated(PolicyDefinition<?> def, JsonNode content) {
    Object parsed;
    try {
      parsed = mapper.readerFor(def.contentType()).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(content);
    } catch (JsonMappingException e) {
      String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
          .reduce("content", (a, b) -> b.startsWith("[") ? a + b : a + "." + b);
      throw ProblemException.invalid(field, "has the wrong type or is unknown");
    } catch (IOException e) {
      throw ProblemException.invalid("content", "cannot be read");
    }
    if (parsed == null) {
      throw ProblemException.invalid("content", "must not be null");
    }
    List<Problem.FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<Object> v : validator.validate(parsed)) {
      errors.add(new Problem.FieldError("content." + v.getPropertyPath(), v.getMessage()));
    }
    errors.addAll(validateTyped(def, parsed));
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return write(parsed);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<Problem.FieldError> validateTyped(PolicyDefinition<T> def, Object content) {
    return def.validate((T) content);
  }

  private String write(Object content) {
    try {
      return mapper.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private PolicyDocument newVersion(PolicyDefinition<?> def, int version, String content, String summary,
      String mark, String by) {
    PolicyDocument doc = new PolicyDocument();
    doc.id = UUID.randomUUID();
    doc.policyKey = def.key();
    doc.version = version;
    doc.title = def.title();
    doc.documentNumber = def.documentNumber();
    doc.controlledStatus = def.controlledStatus();
    doc.implementingDepartment = def.implementingDepartment();
    doc.supervisingDepartment = def.supervisingDepartment();
    doc.verifyingDepartment = def.verifyingDepartment();
    doc.status = PolicyDocument.Status.DRAFT;
    doc.content = content;
    doc.changeSummary = summary;
    doc.preparedBy = by;
    doc.preparedAt = clock.instant();
    doc.revisionMark = mark;
    doc.revisionCount = 0;
    return doc;
  }

  private static String nextMark(String mark) {
    if (mark == null || mark.length() != 1 || mark.charAt(0) < 'A' || mark.charAt(0) >= 'Z') {
      return "A";
    }
    return String.valueOf((char) (mark.charAt(0) + 1));
  }
}
