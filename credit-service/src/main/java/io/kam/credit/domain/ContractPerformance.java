package io.kam.credit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A contract performance report (交易过程履约统计): obligations due and fulfilled to date on one contract.
 * The latest report per contract counts; unique by source id.
 */
@Entity
@Table(name = "credit_contract_performance")
public class ContractPerformance extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(name = "profile_id", nullable = false)
  public UUID profileId;

  @Column(name = "account_id", nullable = false)
  public String accountId;

  @Column(name = "source_id", nullable = false, unique = true)
  public String sourceId;

  @Column(name = "contract_id", nullable = false)
  public String contractId;

  @Column(name = "obligations_due", nullable = false)
  public BigDecimal obligationsDue;

  @Column(name = "obligations_fulfilled", nullable = false)
  public BigDecimal obligationsFulfilled;

  @Column(name = "as_of", nullable = false)
  public LocalDate asOf;

  @Column(name = "recorded_by", nullable = false)
  public String recordedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
