package io.kam.platform.approval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An approval chain (审核/审批流程) over one business subject: ordered steps and every decision taken. */
@Entity
@Table(name = "kam_approval_chain")
public class ApprovalChain extends PanacheEntityBase {

  public enum Status { PENDING, RETURNED, APPROVED, REJECTED, CANCELLED }

  @Id
  public UUID id;

  @Column(name = "subject_type", nullable = false)
  public String subjectType;

  @Column(name = "subject_id", nullable = false)
  public UUID subjectId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Column(name = "current_step", nullable = false)
  public int currentStep;

  @Column(name = "revision_count", nullable = false)
  public int revisionCount;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "completed_at")
  public Instant completedAt;

  @Version
  public long version;

  @OneToMany(mappedBy = "chain", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @OrderBy("position")
  public List<ApprovalStep> steps = new ArrayList<>();

  @OneToMany(mappedBy = "chain", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("decidedAt, id")
  public List<ApprovalDecision> decisions = new ArrayList<>();

  public ApprovalStep current() {
    return status == Status.PENDING ? steps.get(currentStep) : null;
  }
}
