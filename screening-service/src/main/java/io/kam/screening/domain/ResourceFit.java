package io.kam.screening.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Resource fit (分析企业资源和对方需求契合度): technical, production and after-sales resources against the needs. */
@Entity
@Table(name = "resource_fit")
public class ResourceFit extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(name = "customer_id", nullable = false)
  public UUID customerId;

  @Column(name = "needs_analysis_id")
  public UUID needsAnalysisId;

  @Column(name = "technical_score", nullable = false)
  public int technicalScore;

  @Column(name = "production_score", nullable = false)
  public int productionScore;

  @Column(name = "after_sales_score", nullable = false)
  public int afterSalesScore;

  @Column(name = "technical_weight", nullable = false)
  public BigDecimal technicalWeight;

  @Column(name = "production_weight", nullable = false)
  public BigDecimal productionWeight;

  @Column(name = "after_sales_weight", nullable = false)
  public BigDecimal afterSalesWeight;

  @Column(name = "technical_note")
  public String technicalNote;

  @Column(name = "production_note")
  public String productionNote;

  @Column(name = "after_sales_note")
  public String afterSalesNote;

  @Column(name = "fit_score", nullable = false)
  public BigDecimal fitScore;

  @Column(nullable = false)
  public String likelihood;

  @Column(name = "policy_version", nullable = false)
  public int policyVersion;

  @Column(name = "assessed_by", nullable = false)
  public String assessedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
