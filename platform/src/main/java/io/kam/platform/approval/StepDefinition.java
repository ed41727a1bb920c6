package io.kam.platform.approval;

import java.util.List;

import io.kam.platform.security.Actor;
import io.kam.platform.security.OrgUnits;
import io.kam.platform.security.Roles;

/**
 * One step of an approval chain. A SINGLE step is decided by one actor holding {@code role} (or, with
 * {@code acceptsHigherRoles}, a higher role of the management line) whose org unit covers {@code orgScope} (with
 * {@code atOrgScopeOnly}, is exactly it; null = any). A PARALLEL step collects one opinion from each party in
 * {@code parties} (departments), then the chain moves on.
 */
public record StepDefinition(String name, String role, String orgScope, Kind kind, List<String> parties,
    boolean acceptsHigherRoles, boolean atOrgScopeOnly) {

  public enum Kind { SINGLE, PARALLEL }

  public static StepDefinition single(String name, String role, String orgScope) {
    return new StepDefinition(name, role, orgScope, Kind.SINGLE, List.of(), false, false);
  }

  public static StepDefinition parallel(String name, String role, List<String> parties) {
    return new StepDefinition(name, role, null, Kind.PARALLEL, List.copyOf(parties), false, false);
  }

  /** This step also accepts the roles above {@code role} in {@link Roles#HIERARCHY} ("supervisor and above"). */
  public StepDefinition orAbove() {
    return new StepDefinition(name, role, orgScope, kind, parties, true, atOrgScopeOnly);
  }

  /** This step is decided at {@code orgScope} itself, not from a unit above it. */
  public StepDefinition exactOrg() {
    return new StepDefinition(name, role, orgScope, kind, parties, acceptsHigherRoles, true);
  }

  /** Whether {@code actor}'s roles fit a step with these rules. */
  static boolean roleFits(Actor actor, String role, boolean orAbove) {
    if (actor.hasRole(role)) {
      return true;
    }
    return orAbove && Roles.HIERARCHY.contains(role) && Roles.atLeast(actor.roles(), role);
  }

  /** Whether {@code actor}'s org unit fits a step with these rules. */
  static boolean orgFits(Actor actor, String orgScope, boolean exactOrg) {
    if (orgScope == null) {
      return true;
    }
    return exactOrg ? orgScope.equals(actor.org()) : OrgUnits.covers(actor.org(), orgScope);
  }
}
