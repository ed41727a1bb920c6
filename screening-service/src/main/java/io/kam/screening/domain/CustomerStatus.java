package io.kam.screening.domain;

import java.util.List;

/**
 * Where a customer stands in screening (大用户筛选): an ordinary customer, a potential key account (潜在大用户)
 * found by a screening run, one proposed for confirmation, returned for revision, or a confirmed key account.
 */
public enum CustomerStatus {
  ORDINARY, POTENTIAL, UNDER_CONFIRMATION, RETURNED, KEY_ACCOUNT;

  /** The actions this state allows, as the 409 of an illegal transition lists them. */
  public List<String> allowedActions() {
    return switch (this) {
      case ORDINARY -> List.of("IDENTIFY");
      case POTENTIAL -> List.of("PROPOSE", "CLEAR");
      case UNDER_CONFIRMATION -> List.of("APPROVE", "REJECT", "RETURN");
      case RETURNED -> List.of("RESUBMIT");
      case KEY_ACCOUNT -> List.of("ASSIGN_REP", "DEMOTE");
    };
  }
}
