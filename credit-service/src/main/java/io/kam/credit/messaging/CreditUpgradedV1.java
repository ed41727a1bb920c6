package io.kam.credit.messaging;

import java.math.BigDecimal;

import io.kam.platform.events.DomainEvent;
import io.kam.platform.events.EventType;

/** {@code kam.credit.upgraded}: the tier went up. */
@EventType(value = "kam.credit.upgraded", version = 1)
public record CreditUpgradedV1(String accountId, String previousTier, String tier, String reason,
    BigDecimal fulfilmentRate, BigDecimal volume, int policyVersion) implements DomainEvent {
}
