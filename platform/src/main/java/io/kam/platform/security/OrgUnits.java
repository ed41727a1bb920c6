package io.kam.platform.security;

/** Org unit paths: HQ (总部大用户管理中心) → region (大区大用户部) → area office (区域大用户管理处). */
public final class OrgUnits {

  private OrgUnits() {
  }

  /** {@code HQ/EAST} covers {@code HQ/EAST} and {@code HQ/EAST/SH}, not {@code HQ/EASTERN}. */
  public static boolean covers(String ancestor, String unit) {
    if (ancestor == null || unit == null) {
      return false;
    }
    return unit.equals(ancestor) || unit.startsWith(ancestor + "/");
  }

  /** Depth: HQ = 0, region = 1, area office = 2. */
  public static int level(String unit) {
    return unit == null ? -1 : (int) unit.chars().filter(c -> c == '/').count();
  }

  /** The parent unit, or null at HQ. */
  public static String parent(String unit) {
    int i = unit == null ? -1 : unit.lastIndexOf('/');
    return i < 0 ? null : unit.substring(0, i);
  }

  public static boolean isValid(String unit) {
    return unit != null && unit.matches("HQ(/[A-Z0-9_-]{1,32}){0,3}");
  }
}
