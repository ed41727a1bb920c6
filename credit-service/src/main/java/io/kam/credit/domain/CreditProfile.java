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

import io.kam.credit.config.CreditPolicy;
import io.kam.platform.error.IllegalTransitionException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Credit profile (大用户信用档案) of one key account, scoped to the account's org unit. */
@Entity
@Table(name = "credit_profile")
public class CreditProfile extends PanacheEntityBase {

  /** ACTIVE key account; DEMOTED by the fulfilment rule; INACTIVE after a demotion from screening. */
  public enum Status { ACTIVE, DEMOTED, INACTIVE }

  @Id
  public UUID id;

  @Column(name = "account_id", nullable = false, unique = true)
  public String accountId;

  @Column(name = "account_name", nullable = false)
  public String accountName;

  @Column(name = "org_unit", nullable = false)
  public String orgUnit;

  @Column(name = "rep_id")
  public String repId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  @Enumerated(EnumType.STRING)
  public CreditTier tier;

  /** The tier the amount thresholds gave at the last feed: the tier follows it only when it changes. */
  @Enumerated(EnumType.STRING)
  @Column(name = "volume_tier")
  public CreditTier volumeTier;

  @Column(nullable = false)
  public BigDecimal volume = BigDecimal.ZERO;

  @Column(name = "obligations_due", nullable = false)
  public BigDecimal obligationsDue = BigDecimal.ZERO;

  @Column(name = "obligations_fulfilled", nullable = false)
  public BigDecimal obligationsFulfilled = BigDecimal.ZERO;

  @Column(name = "fulfilment_rate")
  public BigDecimal fulfilmentRate;

  public BigDecimal score;

  @Enumerated(EnumType.STRING)
  @Column(name = "evaluated_level")
  public CreditTier evaluatedLevel;

  @Column(name = "credit_limit")
  public BigDecimal creditLimit;

  @Column(name = "last_evaluation_id")
  public UUID lastEvaluationId;

  @Column(name = "policy_version", nullable = false)
  public int policyVersion;

  @Column(name = "confirmed_at")
  public Instant confirmedAt;

  @Column(name = "rated_at")
  public Instant ratedAt;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version
  public long version;

  /** A tier decision: the caller records it and announces it. */
  public record TierDecision(CreditTier previousTier, CreditTier tier, TierChangeReason reason) {
  }

  public static CreditProfile findByAccount(String accountId) {
    return find("accountId", accountId).firstResult();
  }

  /**
   * Takes the recomputed figures of the policy window and decides the tier: below the fulfilment threshold
   * the account becomes ORDINARY at once, whatever its tier; otherwise the tier follows the amount
   * thresholds when the amount tier changes. Returns null when the tier stays.
   */
  public TierDecision reassess(BigDecimal newVolume, BigDecimal due, BigDecimal fulfilled, CreditPolicy policy,
      int policyVersion, Instant now) {
    volume = newVolume;
    obligationsDue = due;
    obligationsFulfilled = fulfilled;
    fulfilmentRate = CreditRules.fulfilmentRate(due, fulfilled);
    updatedAt = now;
    if (status != Status.ACTIVE) {
      return null;
    }
    this.policyVersion = policyVersion;
    if (CreditRules.fulfilmentBelowThreshold(due, fulfilled, policy.fulfilmentThreshold())) {
      return changeTier(CreditTier.ORDINARY, TierChangeReason.FULFILMENT_BELOW_THRESHOLD, now);
    }
    CreditTier byVolume = CreditRules.tierForVolume(newVolume, policy.tierThresholds());
    if (byVolume == volumeTier) {
      return null;
    }
    volumeTier = byVolume;
    return byVolume == tier ? null : changeTier(byVolume, TierChangeReason.VOLUME, now);
  }

  /** Sets the tier; ORDINARY means the account is demoted and no longer rated as a key account. */
  public TierDecision changeTier(CreditTier newTier, TierChangeReason reason, Instant now) {
    requireActive("change the tier of");
    CreditTier previous = tier;
    tier = newTier;
    ratedAt = now;
    updatedAt = now;
    if (newTier == CreditTier.ORDINARY) {
      status = Status.DEMOTED;
    }
    return new TierDecision(previous, newTier, reason);
  }

  public void requireActive(String action) {
    if (status != Status.ACTIVE) {
      throw new IllegalTransitionException("credit profile", status, action,
          status == Status.ACTIVE ? List.of() : List.of("REOPEN_ON_CONFIRMATION"));
    }
  }
}
