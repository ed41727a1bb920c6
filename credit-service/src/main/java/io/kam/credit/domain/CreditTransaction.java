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

/** A transaction with the account (大用户同本企业交易金额), fed by ERP or staff; unique by source id. */
@Entity
@Table(name = "credit_transaction")
public class CreditTransaction extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(name = "profile_id", nullable = false)
  public UUID profileId;

  @Column(name = "account_id", nullable = false)
  public String accountId;

  @Column(name = "source_id", nullable = false, unique = true)
  public String sourceId;

  @Column(nullable = false)
  public BigDecimal amount;

  @Column(name = "transaction_date", nullable = false)
  public LocalDate transactionDate;

  @Column(name = "contract_id")
  public String contractId;

  @Column(name = "recorded_by", nullable = false)
  public String recordedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
