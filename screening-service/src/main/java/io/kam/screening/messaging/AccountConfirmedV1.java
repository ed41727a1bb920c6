package io.kam.screening.messaging;

import java.time.Instant;

import io.kam.platform.events.DomainEvent;
import io.kam.platform.events.EventType;

/** The marketing manager approved: the customer is a key account (正式确定为大用户) with its dedicated rep. */
@EventType("kam.account.confirmed")
public record AccountConfirmedV1(String accountId, String name, String orgUnit, String repId,
    Classification classification, Instant confirmedAt, int policyVersion) implements DomainEvent {

  /** The customer's place in the taxonomy, with the taxonomy's policy version. */
  public record Classification(String productCategory, String customerNature, String serviceContent,
      int policyVersion) {
  }
}
