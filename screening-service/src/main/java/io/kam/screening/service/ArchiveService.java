package io.kam.screening.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.kam.platform.audit.AuditLog;
import io.kam.platform.error.ProblemException;
import io.kam.platform.security.Actor;
import io.kam.platform.security.Roles;
import io.kam.platform.web.Cursor;
import io.kam.platform.web.Keyset;
import io.kam.platform.web.Page;
import io.kam.screening.domain.ArchiveDocument;
import io.kam.screening.domain.Customer;
import io.kam.screening.rest.dto.ArchiveDocumentInput;
import io.kam.screening.rest.dto.FilingInput;

/**
 * The archive register (资料汇总保留): documents formed during screening are registered, and the archivist records
 * the archive number and the date each went to the archive room (行政部档案室).
 */
@ApplicationScoped
public class ArchiveService {

  private static final Logger LOG = Logger.getLogger(ArchiveService.class);

  @Inject
  CustomerAccess access;

  @Inject
  AuditLog audit;

  @Inject
  Clock clock;

  @Transactional
  public ArchiveDocument register(UUID customerId, ArchiveDocumentInput in, Actor actor) {
    Customer c = actor.hasRole(Roles.ARCHIVIST) ? access.visible(actor, customerId)
        : access.editable(actor, customerId);
    return registerInternal(c.id, in.documentType(), in.title(), in.referenceId(), actor);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  ArchiveDocument registerInternal(UUID customerId, ArchiveDocument.DocumentType type, String title,
      UUID referenceId, Actor actor) {
    ArchiveDocument d = new ArchiveDocument();
    d.id = UUID.randomUUID();
    d.customerId = customerId;
    d.documentType = type;
    d.title = title;
    d.referenceId = referenceId;
    d.status = ArchiveDocument.Status.PENDING;
    d.registeredBy = actor.id();
    d.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    d.persist();
    audit.record(actor, "archive-document.registered", "customer", customerId, Map.of("documentId", d.id,
        "documentType", type.name(), "title", title));
    return d;
  }

  public ArchiveDocument get(UUID documentId, Actor actor) {
    ArchiveDocument d = ArchiveDocument.findById(documentId);
    if (d == null) {
      throw ProblemException.notFound("archive document", documentId);
    }
    if (!actor.hasAnyRole(Roles.ARCHIVIST, Roles.DIRECTOR, Roles.VP, Roles.GM, Roles.ADMIN)) {
      access.visible(actor, d.customerId);
    }
    return d;
  }

  public List<ArchiveDocument> ofCustomer(UUID customerId, Actor actor) {
    Customer c = access.visible(actor, customerId);
    return ArchiveDocument.list("customerId = ?1 order by createdAt, id", c.id);
  }

  public Page<ArchiveDocument> register(ArchiveDocument.Status status, Integer limit, String after, Actor actor) {
    if (!actor.hasAnyRole(Roles.ARCHIVIST, Roles.DIRECTOR, Roles.VP, Roles.GM, Roles.ADMIN)) {
      throw ProblemException.forbidden("the whole archive register is for the archivist and HQ management");
    }
    int size = Cursor.limit(limit);
    Cursor cursor = Cursor.decode(after);
    StringBuilder q = new StringBuilder("1 = 1");
    Map<String, Object> p = new HashMap<>();
    if (status != null) {
      q.append(" and status = :status");
      p.put("status", status);
    }
    List<ArchiveDocument> rows = Keyset.fetch(ArchiveDocument.find(Keyset.where(q.toString(), p, cursor), p), size);
    return Page.of(rows, size, d -> new Cursor(d.createdAt, d.id).encode());
  }

  @Transactional
  public ArchiveDocument file(UUID documentId, FilingInput in, Actor actor) {
    if (!actor.hasRole(Roles.ARCHIVIST)) {
      throw ProblemException.forbidden("only the archivist records archive numbers");
    }
    ArchiveDocument d = ArchiveDocument.findById(documentId, LockModeType.PESSIMISTIC_WRITE);
    if (d == null) {
      throw ProblemException.notFound("archive document", documentId);
    }
    if (d.status == ArchiveDocument.Status.PENDING && ArchiveDocument.count("archiveNumber", in.archiveNumber()) > 0) {
      throw ProblemException.conflict("archive number " + in.archiveNumber() + " is already used")
          .with("field", "archiveNumber");
    }
    d.file(in.archiveNumber(), in.sentAt(), actor.id(), clock.instant());
    audit.record(actor, "archive-document.filed", "customer", d.customerId, Map.of("documentId", d.id,
        "archiveNumber", d.archiveNumber, "sentAt", d.sentAt.toString()));
    LOG.infof("archive document %s filed by %s as %s", d.id, actor.id(), d.archiveNumber);
    d.flush();
    return d;
  }
}
