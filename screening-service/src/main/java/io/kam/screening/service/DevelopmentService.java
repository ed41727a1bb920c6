package io.kam.screening.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import io.kam.platform.audit.AuditLog;
import io.kam.platform.error.ProblemException;
import io.kam.platform.security.Actor;
import io.kam.screening.domain.ArchiveDocument;
import io.kam.screening.domain.Customer;
import io.kam.screening.domain.DevelopmentContact;
import io.kam.screening.domain.DevelopmentPlan;
import io.kam.screening.domain.DevelopmentRecord;
import io.kam.screening.rest.dto.ContactInput;
import io.kam.screening.rest.dto.DevelopmentPlanInput;
import io.kam.screening.rest.dto.OutcomeInput;

/**
 * Developing a potential key account (大用户开发方案 §3-7): the development plan (advantages, method chosen at the
 * development meeting, first contact) and the development record table (大用户开发统计表) with its outcome. The
 * record is kept whether development succeeds or fails, and closing it registers it for the archive room.
 */
@ApplicationScoped
public class DevelopmentService {

  private static final Logger LOG = Logger.getLogger(DevelopmentService.class);

  @Inject
  CustomerAccess access;

  @Inject
  ArchiveService archive;

  @Inject
  AuditLog audit;

  @Inject
  ObjectMapper mapper;

  @Inject
  Clock clock;

  @Transactional
  public DevelopmentPlan createPlan(UUID customerId, DevelopmentPlanInput in, Actor actor) {
    Customer c = access.editable(actor, customerId);
    if (DevelopmentPlan.count("customerId", c.id) > 0) {
      throw ProblemException.conflict("customer " + c.id + " already has a development plan; update it with PUT");
    }
    DevelopmentPlan p = new DevelopmentPlan();
    p.id = UUID.randomUUID();
    p.customerId = c.id;
    p.createdBy = actor.id();
    p.createdAt = now();
    apply(p, in);
    p.persist();
    audit.record(actor, "development-plan.created", "customer", c.id, Map.of("planId", p.id, "plan", in));
    return p;
  }

  public DevelopmentPlan plan(UUID customerId, Actor actor) {
    Customer c = access.visible(actor, customerId);
    DevelopmentPlan p = DevelopmentPlan.find("customerId", c.id).firstResult();
    if (p == null) {
      throw ProblemException.notFound("development plan of customer", customerId);
    }
    return p;
  }

  @Transactional
  public DevelopmentPlan updatePlan(UUID customerId, long expectedVersion, DevelopmentPlanInput in, Actor actor) {
    Customer c = access.editable(actor, customerId);
    DevelopmentPlan p = DevelopmentPlan.find("customerId", c.id).withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResult();
    if (p == null) {
      throw ProblemException.notFound("development plan of customer", customerId);
    }
    Versions.check(expectedVersion, p.version, "development plan");
    apply(p, in);
    audit.record(actor, "development-plan.updated", "customer", c.id, Map.of("planId", p.id, "plan", in));
    p.flush();
    return p;
  }

  @Transactional
  public DevelopmentContact addContact(UUID customerId, ContactInput in, Actor actor) {
    Customer c = access.editable(actor, customerId);
    DevelopmentRecord r = recordFor(c, true);
    r.requireOpen("add a contact to");
    DevelopmentContact x = new DevelopmentContact();
    x.id = UUID.randomUUID();
    x.recordId = r.id;
    x.contactedAt = in.contactedAt();
    x.personVisited = in.personVisited();
    x.durationMinutes = in.durationMinutes();
    x.method = in.method().name();
    x.stage = in.stage().name();
    x.attitude = in.attitude().name();
    x.note = in.note();
    x.recordedBy = actor.id();
    x.createdAt = now();
    x.persist();
    audit.record(actor, "development-contact.created", "customer", c.id, Map.of("contactId", x.id,
        "stage", x.stage, "attitude", x.attitude, "durationMinutes", x.durationMinutes));
    return x;
  }

  public record RecordWithContacts(Customer customer, DevelopmentRecord record, List<DevelopmentContact> contacts) {
  }

  public RecordWithContacts record(UUID customerId, Actor actor) {
    Customer c = access.visible(actor, customerId);
    DevelopmentRecord r = recordFor(c, false);
    List<DevelopmentContact> contacts = r == null ? List.of()
        : DevelopmentContact.list("recordId = ?1 order by contactedAt, id", r.id);
    return new RecordWithContacts(c, r, contacts);
  }

  /** Records the outcome; the record table then goes to the archive register, success or not. */
  @Transactional
  public RecordWithContacts outcome(UUID customerId, OutcomeInput in, Actor actor) {
    Customer c = access.editable(actor, customerId);
    DevelopmentRecord r = recordFor(c, true);
    r.close(in.result(), in.reasonAnalysis(), in.note(), actor.id(), now());
    archive.registerInternal(c.id, ArchiveDocument.DocumentType.DEVELOPMENT_RECORD,
        "大用户开发统计表 " + c.name + " (" + in.result() + ")", r.id, actor);
    audit.record(actor, "development-record.closed", "customer", c.id, Map.of("recordId", r.id,
        "outcome", in.result().name(), "reasonAnalysis", in.reasonAnalysis()));
    LOG.infof("development of %s closed by %s: %s", c.id, actor.id(), in.result());
    return new RecordWithContacts(c, r, DevelopmentContact.list("recordId = ?1 order by contactedAt, id", r.id));
  }

  private DevelopmentRecord recordFor(Customer c, boolean create) {
    DevelopmentRecord r = create
        ? DevelopmentRecord.find("customerId", c.id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
        : DevelopmentRecord.find("customerId", c.id).firstResult();
    if (r == null && create) {
      r = new DevelopmentRecord();
      r.id = UUID.randomUUID();
      r.customerId = c.id;
      r.createdAt = now();
      r.persist();
    }
    return r;
  }

  private void apply(DevelopmentPlan p, DevelopmentPlanInput in) {
    try {
      p.advantages = mapper.writeValueAsString(in.advantages());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    p.method = in.meeting() == null ? null : in.meeting().method().name();
    p.meetingDate = in.meeting() == null ? null : in.meeting().date();
    p.meetingParticipants = in.meeting() == null ? null : in.meeting().participants();
    p.meetingNotes = in.meeting() == null ? null : in.meeting().notes();
    p.firstContactMethod = in.firstContact() == null ? null : in.firstContact().method().name();
    p.firstContactDate = in.firstContact() == null ? null : in.firstContact().date();
    p.firstContactNote = in.firstContact() == null ? null : in.firstContact().note();
    p.updatedAt = now();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
