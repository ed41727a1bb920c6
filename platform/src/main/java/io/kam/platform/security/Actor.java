package io.kam.platform.security;

import java.util.Set;

/**
 * Who acts: a user from a token or a system component (a consumer, the scheduler). {@code org} is an org
 * unit path such as {@code HQ/EAST/SH}; an actor at {@code HQ/EAST} covers everything below it.
 */
public record Actor(String id, Set<String> roles, String org, String department) {

  public static Actor system(String component) {
    return new Actor("system:" + component, Set.of("system"), "HQ", null);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(String... wanted) {
    for (String r : wanted) {
      if (roles.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /** True when this actor's org unit is {@code orgUnit} or one of its ancestors. */
  public boolean covers(String orgUnit) {
    return OrgUnits.covers(org, orgUnit);
  }

  /** The highest rank among this actor's roles in {@link Roles#HIERARCHY}, -1 when none ranks. */
  public int rank() {
    return Roles.rank(roles);
  }
}
