package io.kam.credit.messaging;

import java.time.Instant;

/** Inbound {@code kam.account.confirmed} v1 payload (screening-service); unknown fields are ignored. */
public record AccountConfirmedV1(String accountId, String name, String orgUnit, String repId,
    Classification classification, Instant confirmedAt, Integer policyVersion) {

  public record Classification(String productCategory, String customerNature, String serviceContent) {
  }
}
