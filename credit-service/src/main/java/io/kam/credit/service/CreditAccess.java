package io.kam.credit.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.kam.credit.domain.CreditProfile;
import io.kam.platform.error.ProblemException;
import io.kam.platform.security.Actor;
import io.kam.platform.security.OrgUnits;
import io.kam.platform.security.Roles;

/**
 * 六、大用户信用信息使用 2: credit information is for supervisors and above of the account's area office, its
 * region and HQ. A role that can never see credit gets 403 (it learns nothing about the account); a
 * supervisor+ outside the account's org line gets 404, exactly as for an account that does not exist.
 */
@ApplicationScoped
public class CreditAccess {

  public static boolean mayReadCredit(Actor actor) {
    return Roles.atLeast(actor.roles(), Roles.SUPERVISOR);
  }

  /** The profile, if the actor may read its credit data. */
  public CreditProfile readable(Actor actor, String accountId) {
    if (!mayReadCredit(actor)) {
      throw ProblemException.forbidden("credit information is visible to supervisors and above only");
    }
    return inScope(actor, accountId);
  }

  /** Supervisor+ of exactly the account's org unit: the area office that files and applies changes. */
  public CreditProfile areaOffice(Actor actor, String accountId) {
    CreditProfile p = readable(actor, accountId);
    if (!actor.org().equals(p.orgUnit)) {
      throw ProblemException.forbidden("change requests are filed and applied by the area office " + p.orgUnit);
    }
    return p;
  }

  /** Feeds: ERP integration (any account) or key-account staff whose org unit covers the account. */
  public CreditProfile feedable(Actor actor, String accountId) {
    if (!actor.hasAnyRole(Roles.INTEGRATION, Roles.KA_STAFF)) {
      throw ProblemException.forbidden("feeds are posted by the integration role or key-account staff");
    }
    if (actor.hasRole(Roles.INTEGRATION)) {
      return existing(accountId);
    }
    return inScope(actor, accountId);
  }

  /** The org unit whose supervisor verifies a change (大区大用户部): the region above an area office. */
  public static String regionOf(String orgUnit) {
    String unit = orgUnit;
    while (OrgUnits.level(unit) > 1) {
      unit = OrgUnits.parent(unit);
    }
    return unit;
  }

  public static UUID uuid(String id, String what) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound(what, id);
    }
  }

  private CreditProfile inScope(Actor actor, String accountId) {
    CreditProfile p = existing(accountId);
    if (!actor.covers(p.orgUnit)) {
      throw ProblemException.notFound("credit profile", accountId);
    }
    return p;
  }

  private CreditProfile existing(String accountId) {
    CreditProfile p = CreditProfile.findByAccount(accountId);
    if (p == null) {
      throw ProblemException.notFound("credit profile", accountId);
    }
    return p;
  }
}
