package io.kam.credit.domain;

import java.math.BigDecimal;
import java.time.Instant;
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
 * Credit evaluation (大用户信用等级评定): documents, basic information form and scoring sheet → score → level
 * and credit limit. The three inputs are held as JSON documents; the breakdown explains the result.
 */
@Entity
@Table(name = "credit_evaluation")
public class CreditEvaluation extends PanacheEntityBase {

  public enum Status { DRAFT, COMPLETED }

  @Id
  public UUID id;

  @Column(name = "profile_id", nullable = false)
  public UUID profileId;

  @Column(name = "account_id", nullable = false)
  public String accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  /** {@link DocumentChecklist} as JSON. */
  @Column(nullable = false)
  public String documents;

  /** {@link BasicInformation} as JSON. */
  @Column(name = "basic_information", nullable = false)
  public String basicInformation;

  /** Criterion code → points, as JSON. */
  @Column(nullable = false)
  public String scores;

  public BigDecimal score;

  @Enumerated(EnumType.STRING)
  public CreditTier level;

  @Column(name = "credit_limit")
  public BigDecimal creditLimit;

  /** {@link ScoreCard} as JSON, once completed. */
  public String breakdown;

  @Column(name = "policy_version", nullable = false)
  public int policyVersion;

  @Column(name = "change_request_id")
  public UUID changeRequestId;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "completed_by")
  public String completedBy;

  @Column(name = "completed_at")
  public Instant completedAt;

  @Version
  public long version;

  public void requireDraft(String action) {
    if (status != Status.DRAFT) {
      throw new IllegalTransitionException("credit evaluation", status, action, List.of());
    }
  }
}
