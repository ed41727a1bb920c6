package io.kam.credit.messaging;

import java.math.BigDecimal;

import io.kam.platform.events.DomainEvent;
import io.kam.platform.events.EventType;

/** {@code kam.credit.rated}: a new rating (first tier, or a completed evaluation); score and limit may be null. */
@EventType(value = "kam.credit.rated", version = 1)
public record CreditRatedV1(String accountId, String tier, BigDecimal score, BigDecimal creditLimit,
    BigDecimal fulfilmentRate, String evaluationId, int policyVersion) implements DomainEvent {
}
