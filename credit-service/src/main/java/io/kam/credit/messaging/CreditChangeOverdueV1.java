package io.kam.credit.messaging;

import java.time.Instant;

import io.kam.platform.events.DomainEvent;
import io.kam.platform.events.EventType;

/** {@code kam.credit.change-overdue}: a stage of a level change request missed its deadline. */
@EventType(value = "kam.credit.change-overdue", version = 1)
public record CreditChangeOverdueV1(String accountId, String requestId, String stage, Instant dueAt,
    String orgUnit) implements DomainEvent {
}
