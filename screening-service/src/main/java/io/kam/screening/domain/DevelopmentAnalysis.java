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

/** Development analysis (大用户分析, plan 1 §2): profiles, factors, statistics, estimate and the worth-developing verdict. */
@Entity
@Table(name = "development_analysis")
public class DevelopmentAnalysis extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(name = "customer_id", nullable = false)
  public UUID customerId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb", nullable = false)
  public String input;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(columnDefinition = "jsonb", nullable = false)
  public String verdict;

  @Column(nullable = false)
  public boolean worth;

  @Column(name = "policy_version", nullable = false)
  public int policyVersion;

  @Column(name = "analysed_by", nullable = false)
  public String analysedBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
