package io.kam.credit.messaging;

import java.math.BigDecimal;

import io.kam.platform.events.DomainEvent;
import io.kam.platform.events.EventType;

/**
 * {@code kam.credit.downgraded}: the tier went down. With reason {@code FULFILMENT_BELOW_THRESHOLD} the
 * tier is {@code ORDINARY}: the account is no longer a key account (screening demotes it).
 */
@EventType(value = "kam.credit.downgraded", version = 1)
public record CreditDowngradedV1(String accountId, String previousTier, String tier, String reason,
    BigDecimal fulfilmentRate, BigDecimal volume, int policyVersion) implements DomainEvent {
}
