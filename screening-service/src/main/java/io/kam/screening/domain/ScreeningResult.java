package io.kam.screening.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One line of a screening run result (潜在大用户名单): the customer and the rules it matched. */
@Entity
@Table(name = "screening_result")
public class ScreeningResult extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(name = "run_id", nullable = false)
  public UUID runId;

  @Column(name = "customer_id", nullable = false)
  public UUID customerId;

  @Column(name = "customer_name", nullable = false)
  public String customerName;

  @Column(name = "org_unit", nullable = false)
  public String orgUnit;

  @Column(name = "matched_rules", nullable = false)
  public String matchedRules;

  /** NEW (first identified), CHANGED (other rules now match), UNCHANGED, CLEARED (no longer matches). */
  @Column(nullable = false)
  public String outcome;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
