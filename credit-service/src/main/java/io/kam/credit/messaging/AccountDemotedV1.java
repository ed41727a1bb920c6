package io.kam.credit.messaging;

/** Inbound {@code kam.account.demoted} v1 payload (screening-service). */
public record AccountDemotedV1(String accountId, String reason, String causeEventId) {
}
