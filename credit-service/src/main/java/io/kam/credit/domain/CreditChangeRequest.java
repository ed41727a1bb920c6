package io.kam.credit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 * Credit level change request (大用户信用等级变更申请表): filed by the area office, verified by the region,
 * signed by HQ, then applied by the area office.
 */
@Entity
@Table(name = "credit_change_request")
public class CreditChangeRequest extends PanacheEntityBase {

  public static final String SUBJECT_TYPE = "credit-change-request";

  /** DRAFT → FILED → VERIFIED → APPROVED → APPLIED; RETURNED → FILED again; REJECTED ends it. */
  public enum Status { DRAFT, FILED, VERIFIED, APPROVED, APPLIED, RETURNED, REJECTED }

  /** What made the account reach the adjustment standard (达成信用等级调整标准). */
  public enum Trigger { EVALUATION, VOLUME, PERFORMANCE, OTHER }

  /** The tracked deadlines of 五、大用户信用调整, as the stage names of {@code kam.credit.change-overdue}. */
  public enum Stage {
    FILING("filing"), REGION_VERIFICATION("region-verification"), HQ_SIGNATURE("hq-signature"),
    WHOLE_CHANGE("whole-change");

    public final String deadlineName;

    Stage(String deadlineName) {
      this.deadlineName = deadlineName;
    }

    public static Stage ofDeadline(String name) {
      for (Stage s : values()) {
        if (s.deadlineName.equals(name)) {
          return s;
        }
      }
      throw new IllegalArgumentException("not a change-request deadline: " + name);
    }
  }

  private static final Map<Status, List<String>> ALLOWED = Map.of(
      Status.DRAFT, List.of("FILE"),
      Status.FILED, List.of("DECIDE"),
      Status.VERIFIED, List.of("DECIDE", "EXTEND_HQ_SIGNATURE"),
      Status.APPROVED, List.of("APPLY"),
      Status.RETURNED, List.of("RESUBMIT"),
      Status.APPLIED, List.of(),
      Status.REJECTED, List.of());

  @Id
  public UUID id;

  @Column(name = "profile_id", nullable = false)
  public UUID profileId;

  @Column(name = "account_id", nullable = false)
  public String accountId;

  @Column(name = "org_unit", nullable = false)
  public String orgUnit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Enumerated(EnumType.STRING)
  @Column(name = "current_tier")
  public CreditTier currentTier;

  @Enumerated(EnumType.STRING)
  @Column(name = "requested_tier", nullable = false)
  public CreditTier requestedTier;

  @Column(name = "requested_credit_limit")
  public BigDecimal requestedCreditLimit;

  @Column(nullable = false)
  public String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_kind", nullable = false)
  public Trigger trigger;

  @Column(name = "triggered_at", nullable = false)
  public Instant triggeredAt;

  @Column(name = "evaluation_id")
  public UUID evaluationId;

  @Column(name = "chain_id")
  public UUID chainId;

  @Column(name = "policy_version", nullable = false)
  public int policyVersion;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "filed_by")
  public String filedBy;

  @Column(name = "filed_at")
  public Instant filedAt;

  @Column(name = "applied_by")
  public String appliedBy;

  @Column(name = "applied_at")
  public Instant appliedAt;

  @Version
  public long version;

  public List<String> allowedActions() {
    return ALLOWED.get(status);
  }

  /** Refuses an action the current state does not allow (409 with the allowed ones). */
  public void require(String action) {
    if (!ALLOWED.get(status).contains(action)) {
      throw new IllegalTransitionException("credit change request", status, action.toLowerCase().replace('_', ' '),
          ALLOWED.get(status));
    }
  }
}
