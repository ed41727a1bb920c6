package io.kam.screening.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Needs analysis of a potential key account (明确潜在大用户需求): its needs and the sales opportunities found. */
@Entity
@Table(name = "needs_analysis")
public class NeedsAnalysis extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(name = "customer_id", nullable = false)
  public UUID customerId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb", nullable = false)
  public String needs;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "sales_opportunities", columnDefinition = "jsonb", nullable = false)
  public String salesOpportunities;

  public String summary;

  @Column(name = "analysed_by", nullable = false)
  public String analysedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
