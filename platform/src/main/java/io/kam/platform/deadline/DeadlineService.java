package io.kam.platform.deadline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.kam.platform.error.IllegalTransitionException;
import io.kam.platform.error.ProblemException;
import io.kam.platform.security.Actor;
import io.micrometer.core.instrument.MeterRegistry;

/** Opens, meets, extends and scans deadlines. */
@ApplicationScoped
public class DeadlineService {

  private static final Logger LOG = Logger.getLogger(DeadlineService.class);

  @Inject
  Clock clock;

  @Inject
  EntityManager em;

  @Inject
  Event<DeadlineEvent> events;

  @Inject
  MeterRegistry registry;

  /**
   * @param warnBefore how long before the due time a warning fires (null = no warning)
   * @param maxDueAt   the cap for extensions (null = not extendable)
   * @param extensionRole the role that may approve an extension
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Deadline open(String subjectType, UUID subjectId, String name, String accountId, Instant dueAt,
      Duration warnBefore, Instant maxDueAt, String extensionRole) {
    Deadline d = new Deadline();
    d.id = UUID.randomUUID();
    d.subjectType = subjectType;
    d.subjectId = subjectId;
    d.name = name;
    d.accountId = accountId;
    d.dueAt = dueAt;
    d.originalDueAt = dueAt;
    d.warnAt = warnBefore == null ? null : dueAt.minus(warnBefore);
    d.maxDueAt = maxDueAt;
    d.extensionRole = extensionRole;
    d.status = Deadline.Status.ACTIVE;
    d.createdAt = clock.instant();
    d.persist();
    return d;
  }

  public List<Deadline> of(String subjectType, UUID subjectId) {
    return Deadline.list("subjectType = ?1 and subjectId = ?2 order by createdAt", subjectType, subjectId);
  }

  public Deadline active(String subjectType, UUID subjectId, String name) {
    return Deadline.find("subjectType = ?1 and subjectId = ?2 and name = ?3 and status = ?4",
        subjectType, subjectId, name, Deadline.Status.ACTIVE).firstResult();
  }

  /** The step was done: met if on time, otherwise it stays breached (the breach already fired). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Deadline complete(UUID id) {
    Deadline d = Deadline.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (d == null) {
      throw ProblemException.notFound("deadline", id);
    }
    if (d.status == Deadline.Status.ACTIVE) {
      d.status = Deadline.Status.MET;
    }
    d.completedAt = clock.instant();
    return d;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void cancel(UUID id) {
    Deadline d = Deadline.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (d != null && d.status == Deadline.Status.ACTIVE) {
      d.status = Deadline.Status.CANCELLED;
      d.completedAt = clock.instant();
    }
  }

  /**
   * Moves the due time to {@code newDueAt} with {@code approver}'s approval. Refused when the deadline is
   * not active, the approver lacks the extension role, or the new time passes the cap.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Deadline extend(UUID id, Instant newDueAt, String reason, Actor approver) {
    Deadline d = Deadline.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (d == null) {
      throw ProblemException.notFound("deadline", id);
    }
    if (d.status != Deadline.Status.ACTIVE) {
      throw new IllegalTransitionException("deadline", d.status, "extend");
    }
    if (d.maxDueAt == null) {
      throw ProblemException.unprocessable("deadline '" + d.name + "' cannot be extended");
    }
    if (d.extensionRole != null && !approver.hasRole(d.extensionRole)) {
      throw ProblemException.forbidden("an extension of '" + d.name + "' is approved by role " + d.extensionRole);
    }
    if (reason == null || reason.isBlank()) {
      throw ProblemException.invalid("reason", "an extension needs a reason");
    }
    if (!newDueAt.isAfter(d.dueAt)) {
      throw ProblemException.invalid("newDueAt", "must be later than the current due time " + d.dueAt);
    }
    if (newDueAt.isAfter(d.maxDueAt)) {
      throw ProblemException.unprocessable("an extension of '" + d.name + "' may reach at most " + d.maxDueAt)
          .with("maxDueAt", d.maxDueAt.toString());
    }
    if (d.warnAt != null) {
      d.warnAt = newDueAt.minus(Duration.between(d.warnAt, d.dueAt));
      d.warnedAt = null;
    }
    d.dueAt = newDueAt;
    d.extensions++;
    d.lastExtensionBy = approver.id();
    d.lastExtensionReason = reason;
    LOG.infof("deadline %s '%s' extended to %s by %s: %s", d.id, d.name, newDueAt, approver.id(), reason);
    return d;
  }

  /**
   * Fires due warnings and breaches. Rows are claimed with {@code FOR UPDATE SKIP LOCKED} and their status
   * changes in the same transaction as the observers' effects, so with several replicas each breach fires
   * exactly once. Returns the number of breaches fired.
   */
  @Transactional
  public int scan() {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<Deadline> warnings = em.createNativeQuery("select * from kam_deadline where status = 'ACTIVE' "
        + "and warn_at <= ?1 and warned_at is null and due_at > ?1 order by warn_at limit 200 for update skip locked",
        Deadline.class).setParameter(1, now).getResultList();
    for (Deadline d : warnings) {
      d.warnedAt = now;
      events.fire(new DeadlineEvent(DeadlineEvent.Kind.WARNING, d));
    }
    @SuppressWarnings("unchecked")
    List<Deadline> breaches = em.createNativeQuery("select * from kam_deadline where status = 'ACTIVE' "
        + "and due_at <= ?1 order by due_at limit 200 for update skip locked", Deadline.class)
        .setParameter(1, now).getResultList();
    for (Deadline d : breaches) {
      d.status = Deadline.Status.BREACHED;
      d.breachedAt = now;
      registry.counter("kam.deadline.breaches", "name", d.name).increment();
      LOG.infof("deadline %s '%s' of %s %s breached (due %s)", d.id, d.name, d.subjectType, d.subjectId, d.dueAt);
      events.fire(new DeadlineEvent(DeadlineEvent.Kind.BREACH, d));
    }
    return breaches.size();
  }
}
