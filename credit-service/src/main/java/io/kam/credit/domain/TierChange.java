package io.kam.credit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One tier decision (信用等级调整记录): from, to, why, on which figures and policy version, by whom. */
@Entity
@Table(name = "credit_tier_change")
public class TierChange extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(name = "profile_id", nullable = false)
  public UUID profileId;

  @Column(name = "account_id", nullable = false)
  public String accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "previous_tier")
  public CreditTier previousTier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CreditTier tier;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public TierChangeReason reason;

  @Column(name = "fulfilment_rate")
  public BigDecimal fulfilmentRate;

  public BigDecimal volume;

  @Column(name = "policy_version", nullable = false)
  public int policyVersion;

  @Column(name = "decided_by", nullable = false)
  public String decidedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
