package io.kam.credit.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.kam.credit.domain.CreditProfile;
import io.kam.credit.domain.CreditTier;
import io.kam.platform.outbox.Outbox;

/** The only place that names the credit topic: typed events into the outbox, in the caller's transaction. */
@ApplicationScoped
public class CreditEventPublisher {

  public static final String TOPIC = "kam.credit.events";

  @Inject
  Outbox outbox;

  public void rated(CreditProfile p, CreditTier tier, BigDecimal score, BigDecimal creditLimit, UUID evaluationId) {
    outbox.append(TOPIC, new CreditRatedV1(p.accountId, tier.name(), score, creditLimit, p.fulfilmentRate,
        evaluationId == null ? null : evaluationId.toString(), p.policyVersion));
  }

  /** Upgraded or downgraded, by the direction of the change (an unrated account made ORDINARY is a downgrade). */
  public void tierChanged(CreditProfile p, CreditTier previous, CreditTier tier, String reason) {
    if (previous != null && tier.isAbove(previous)) {
      outbox.append(TOPIC, new CreditUpgradedV1(p.accountId, previous.name(), tier.name(), reason, p.fulfilmentRate,
          p.volume, p.policyVersion));
    } else {
      outbox.append(TOPIC, new CreditDowngradedV1(p.accountId, previous == null ? null : previous.name(), tier.name(),
          reason, p.fulfilmentRate, p.volume, p.policyVersion));
    }
  }

  public void changeOverdue(String accountId, UUID requestId, String stage, Instant dueAt, String orgUnit) {
    outbox.append(TOPIC, new CreditChangeOverdueV1(accountId, requestId.toString(), stage, dueAt, orgUnit));
  }
}
