package io.kam.screening.messaging;

import java.time.Instant;

import io.kam.platform.events.DomainEvent;
import io.kam.platform.events.EventType;

/** A key account became an ordinary customer again (降级为一般用户), with the event that caused it. */
@EventType("kam.account.demoted")
public record AccountDemotedV1(String accountId, String reason, String causeEventId, String previousRepId,
    Instant demotedAt) implements DomainEvent {
}
