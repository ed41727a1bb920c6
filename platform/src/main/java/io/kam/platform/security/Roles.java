package io.kam.platform.security;

import java.util.List;
import java.util.Set;

/** The roles of DESIGN.md §4 and the management line used for "supervisor and above". */
public final class Roles {

  public static final String REP = "rep";
  public static final String SUPERVISOR = "supervisor";
  public static final String MANAGER = "manager";
  public static final String DIRECTOR = "director";
  public static final String VP = "vp";
  public static final String GM = "gm";
  public static final String KA_STAFF = "ka-staff";
  public static final String DEPARTMENT = "department";
  public static final String ARCHIVIST = "archivist";
  public static final String INTEGRATION = "integration";
  public static final String ADMIN = "admin";

  /** Management line, lowest first. */
  public static final List<String> HIERARCHY = List.of(REP, SUPERVISOR, MANAGER, DIRECTOR, VP, GM);

  private Roles() {
  }

  public static int rank(Set<String> roles) {
    int best = -1;
    for (String r : roles) {
      best = Math.max(best, HIERARCHY.indexOf(r));
    }
    return best;
  }

  public static boolean atLeast(Set<String> roles, String role) {
    return rank(roles) >= HIERARCHY.indexOf(role);
  }
}
