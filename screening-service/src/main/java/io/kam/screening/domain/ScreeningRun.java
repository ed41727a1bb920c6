package io.kam.screening.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One screening run (确定潜在大用户) over the customers of an org scope under one version of the criteria. */
@Entity
@Table(name = "screening_run")
public class ScreeningRun extends PanacheEntityBase {

  @Id
  public UUID id;

  @Column(name = "policy_version", nullable = false)
  public int policyVersion;

  @Column(name = "org_scope", nullable = false)
  public String orgScope;

  @Column(nullable = false)
  public int scanned;

  @Column(nullable = false)
  public int matched;

  @Column(name = "newly_identified", nullable = false)
  public int newlyIdentified;

  @Column(nullable = false)
  public int changed;

  @Column(name = "run_by", nullable = false)
  public String runBy;

  @Column(name = "run_at", nullable = false)
  public Instant runAt;
}
