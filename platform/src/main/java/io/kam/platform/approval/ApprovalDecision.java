package io.kam.platform.approval;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One decision or opinion in a chain: who, in which role and org, what, why, when. */
@Entity
@Table(name = "kam_approval_decision")
public class ApprovalDecision extends PanacheEntityBase {

  @Id
  public UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "chain_id")
  public ApprovalChain chain;

  @Column(name = "step_position", nullable = false)
  public int stepPosition;

  @Column(name = "step_name", nullable = false)
  public String stepName;

  @Column(nullable = false)
  public int revision;

  @Column(nullable = false)
  public String actor;

  @Column(name = "actor_role", nullable = false)
  public String actorRole;

  @Column(name = "actor_org")
  public String actorOrg;

  public String party;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Decision decision;

  @Column(name = "comment")
  public String comment;

  @Column(name = "decided_at", nullable = false)
  public Instant decidedAt;
}
