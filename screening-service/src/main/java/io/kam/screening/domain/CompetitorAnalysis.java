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

/** Competitor analysis (分析竞争对手情况): each competitor's technical, product and service capability. */
@Entity
@Table(name = "competitor_analysis")
public class CompetitorAnalysis extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(name = "customer_id", nullable = false)
  public UUID customerId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb", nullable = false)
  public String competitors;

  @Column(name = "our_strengths")
  public String ourStrengths;

  @Column(name = "our_weaknesses")
  public String ourWeaknesses;

  @Column(name = "analysed_by", nullable = false)
  public String analysedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
