package io.kam.screening.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.kam.platform.error.ProblemException;
import io.kam.platform.security.Actor;
import io.kam.platform.security.Roles;
import io.kam.screening.domain.Customer;

/**
 * Who sees and edits which customer. A rep sees the customers of their org unit (and below) and their own key
 * accounts; supervisors and managers their org unit and below; directors, VPs, the GM and admins everything.
 * An invisible customer answers 404, as if it did not exist.
 */
@ApplicationScoped
public class CustomerAccess {

  static final String[] READERS = {Roles.REP, Roles.SUPERVISOR, Roles.MANAGER, Roles.DIRECTOR, Roles.VP, Roles.GM,
      Roles.KA_STAFF, Roles.ARCHIVIST, Roles.INTEGRATION, Roles.ADMIN};
  static final String[] EDITORS = {Roles.REP, Roles.SUPERVISOR, Roles.MANAGER, Roles.KA_STAFF, Roles.ADMIN};

  public static boolean seesAll(Actor a) {
    return a.hasAnyRole(Roles.DIRECTOR, Roles.VP, Roles.GM, Roles.ADMIN);
  }

  public static boolean canSee(Actor a, Customer c) {
    if (!a.hasAnyRole(READERS)) {
      return false;
    }
    return seesAll(a) || a.covers(c.orgUnit) || (a.hasRole(Roles.REP) && a.id().equals(c.repId));
  }

  /** A new or moved customer must lie in the actor's org unit or below. */
  public static void requireCovers(Actor a, String orgUnit, String field) {
    if (!seesAll(a) && !a.covers(orgUnit)) {
      throw ProblemException.forbidden(field + " " + orgUnit + " is outside your org unit " + a.org());
    }
  }

  public Customer visible(Actor a, UUID id) {
    requireReader(a);
    Customer c = Customer.findById(id);
    if (c == null || !canSee(a, c)) {
      throw ProblemException.notFound("customer", id);
    }
    return c;
  }

  /** The customer locked for a change by an editor who can see it. */
  public Customer editable(Actor a, UUID id) {
    if (!a.hasAnyRole(EDITORS)) {
      throw ProblemException.forbidden("changing customers requires one of the roles rep, supervisor, manager, "
          + "ka-staff, admin");
    }
    Customer c = Customer.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (c == null || !canSee(a, c)) {
      throw ProblemException.notFound("customer", id);
    }
    return c;
  }

  public static void requireReader(Actor a) {
    if (!a.hasAnyRole(READERS)) {
      throw ProblemException.forbidden("your roles do not give access to customers");
    }
  }
}
