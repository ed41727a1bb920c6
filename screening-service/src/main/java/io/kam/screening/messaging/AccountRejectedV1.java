package io.kam.screening.messaging;

import io.kam.platform.events.DomainEvent;
import io.kam.platform.events.EventType;

/** The supervisor's review or the manager's approval rejected a proposed key account. */
@EventType("kam.account.rejected")
public record AccountRejectedV1(String accountId, String step, String reason, String decidedBy)
    implements DomainEvent {
}
