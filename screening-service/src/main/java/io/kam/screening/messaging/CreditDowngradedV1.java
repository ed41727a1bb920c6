package io.kam.screening.messaging;

import java.math.BigDecimal;

/** The payload of {@code kam.credit.downgraded} as credit-service publishes it (read, never shared as code). */
public record CreditDowngradedV1(String accountId, String previousTier, String tier, String reason,
    BigDecimal fulfilmentRate, Integer policyVersion) {

  public static final String FULFILMENT_BELOW_THRESHOLD = "FULFILMENT_BELOW_THRESHOLD";
}
