package io.kam.platform.support;

import io.kam.platform.events.DomainEvent;
import io.kam.platform.events.EventType;

/** A test event type. */
@EventType(value = "kam.test.happened", version = 1)
public record TestHappened(String accountId, int n, boolean fail) implements DomainEvent {
}
