package io.kam.screening.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The risk analysis table (用户风险分析表): each indicator scored and weighted, the total and the level. */
@Entity
@Table(name = "risk_analysis")
public class RiskAnalysis extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(name = "customer_id", nullable = false)
  public UUID customerId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb", nullable = false)
  public String lines;

  @Column(name = "weighted_total", nullable = false)
  public BigDecimal weightedTotal;

  @Column(nullable = false)
  public String level;

  @Column(name = "policy_version", nullable = false)
  public int policyVersion;

  public String note;

  @Column(name = "analysed_by", nullable = false)
  public String analysedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
