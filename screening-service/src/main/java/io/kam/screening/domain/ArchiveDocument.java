package io.kam.screening.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.kam.platform.error.IllegalTransitionException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A line of the archive register (资料汇总保留): a document formed during screening, and once the archivist files
 * it, its archive number and the date it was sent to the archive room (行政部档案室).
 */
@Entity
@Table(name = "archive_document")
public class ArchiveDocument extends PanacheEntityBase {

  public enum Status { PENDING, FILED }

  /** The tables and reports screening produces. */
  public enum DocumentType {
    CUSTOMER_INFORMATION, SCREENING_RESULT, NEEDS_ANALYSIS, RESOURCE_FIT, COMPETITOR_ANALYSIS, RISK_ANALYSIS,
    DEVELOPMENT_ANALYSIS, DEVELOPMENT_PLAN, DEVELOPMENT_RECORD, CONFIRMATION, OTHER
  }

  @Id
  public UUID id;

  @Column(name = "customer_id", nullable = false)
  public UUID customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type", nullable = false)
  public DocumentType documentType;

  @Column(nullable = false)
  public String title;

  @Column(name = "reference_id")
  public UUID referenceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Column(name = "archive_number")
  public String archiveNumber;

  @Column(name = "sent_at")
  public LocalDate sentAt;

  @Column(name = "filed_by")
  public String filedBy;

  @Column(name = "filed_at")
  public Instant filedAt;

  @Column(name = "registered_by", nullable = false)
  public String registeredBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Version
  public long version;

  public void file(String number, LocalDate sent, String by, Instant at) {
    if (status != Status.PENDING) {
      throw new IllegalTransitionException("archive document", status, "file", List.of());
    }
    status = Status.FILED;
    archiveNumber = number;
    sentAt = sent;
    filedBy = by;
    filedAt = at;
  }
}
