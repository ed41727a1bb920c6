package io.kam.platform.approval;

import java.util.Arrays;
import java.util.List;
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

/** One step of an {@link ApprovalChain}. */
@Entity
@Table(name = "kam_approval_step")
public class ApprovalStep extends PanacheEntityBase {

  public enum Status { WAITING, ACTIVE, DONE }

  @Id
  public UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "chain_id")
  public ApprovalChain chain;

  @Column(nullable = false)
  public int position;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String role;

  @Column(name = "org_scope")
  public String orgScope;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public StepDefinition.Kind kind;

  /** Also accepts the roles above {@link #role} in the management line. */
  @Column(name = "or_above", nullable = false)
  public boolean orAbove;

  /** Decided at {@link #orgScope} itself, not from a unit above it. */
  @Column(name = "exact_org", nullable = false)
  public boolean exactOrg;

  /** Comma-separated parties of a parallel step. */
  public String parties;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Status status;

  public boolean acceptsRole(io.kam.platform.security.Actor actor) {
    return StepDefinition.roleFits(actor, role, orAbove);
  }

  public boolean acceptsOrg(io.kam.platform.security.Actor actor) {
    return StepDefinition.orgFits(actor, orgScope, exactOrg);
  }

  public List<String> partyList() {
    return parties == null || parties.isBlank() ? List.of() : Arrays.asList(parties.split(","));
  }
}
