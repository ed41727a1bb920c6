package io.kam.platform.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of a controlled policy document (受控文件): the plan's configuration plus the seed's control
 * header — document number, controlled status, implementing / supervising / verifying departments,
 * prepared / reviewed / approved dates, revision mark, revision count and revision date.
 */
@Entity
@Table(name = "kam_policy_document")
public class PolicyDocument extends PanacheEntityBase {

  public enum Status { DRAFT, REVIEWED, IN_FORCE, SUPERSEDED, REJECTED }

  @Id
  public UUID id;

  @Column(name = "policy_key", nullable = false)
  public String policyKey;

  @Column(nullable = false)
  public int version;

  @Column(nullable = false)
  public String title;

  @Column(name = "document_number", nullable = false)
  public String documentNumber;

  @Column(name = "controlled_status", nullable = false)
  public String controlledStatus;

  @Column(name = "implementing_department")
  public String implementingDepartment;

  @Column(name = "supervising_department")
  public String supervisingDepartment;

  @Column(name = "verifying_department")
  public String verifyingDepartment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public String content;

  @Column(name = "change_summary")
  public String changeSummary;

  @Column(name = "prepared_by", nullable = false)
  public String preparedBy;

  @Column(name = "prepared_at", nullable = false)
  public Instant preparedAt;

  @Column(name = "reviewed_by")
  public String reviewedBy;

  @Column(name = "reviewed_at")
  public Instant reviewedAt;

  @Column(name = "review_comment")
  public String reviewComment;

  @Column(name = "approved_by")
  public String approvedBy;

  @Column(name = "approved_at")
  public Instant approvedAt;

  @Column(name = "revision_mark")
  public String revisionMark;

  @Column(name = "revision_count", nullable = false)
  public int revisionCount;

  @Column(name = "revision_date")
  public LocalDate revisionDate;

  @Version
  @Column(name = "row_version")
  public long rowVersion;
}
