package io.kam.screening.messaging;

import io.kam.platform.events.DomainEvent;
import io.kam.platform.events.EventType;

/** A key account's dedicated rep (大用户专员) changed. */
@EventType("kam.account.rep-assigned")
public record AccountRepAssignedV1(String accountId, String repId, String previousRepId, String assignedBy)
    implements DomainEvent {
}
