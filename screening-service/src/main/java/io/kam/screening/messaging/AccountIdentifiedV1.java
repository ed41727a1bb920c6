package io.kam.screening.messaging;

import java.util.List;

import io.kam.platform.events.DomainEvent;
import io.kam.platform.events.EventType;

/** A screening run found a potential key account (潜在大用户) and names the rules it matched. */
@EventType("kam.account.identified")
public record AccountIdentifiedV1(String accountId, String name, String orgUnit, List<String> matchedRules,
    int policyVersion) implements DomainEvent {
}
