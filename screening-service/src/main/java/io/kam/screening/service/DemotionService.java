package io.kam.screening.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.kam.platform.audit.AuditLog;
import io.kam.platform.security.Actor;
import io.kam.screening.domain.Customer;
import io.kam.screening.messaging.AccountDemotedV1;
import io.kam.screening.messaging.ScreeningEvents;

/** Demotion (降级为一般用户): a key account whose contract fulfilment fell below the threshold is ordinary again. */
@ApplicationScoped
public class DemotionService {

  private static final Logger LOG = Logger.getLogger(DemotionService.class);
  static final Actor CONSUMER = Actor.system("credit-downgraded-consumer");

  @Inject
  ScreeningEvents events;

  @Inject
  AuditLog audit;

  @Inject
  Clock clock;

  /** Applies the demotion; an unknown or already ordinary account is logged and left alone (no retry loop). */
  @Transactional
  public boolean demote(String accountId, String reason, String causeEventId) {
    UUID id;
    try {
      id = UUID.fromString(accountId);
    } catch (RuntimeException e) {
      LOG.warnf("credit event %s names account %s, which is not a customer id: ignored", causeEventId, accountId);
      return false;
    }
    Customer c = Customer.findById(id, LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      LOG.warnf("credit event %s names unknown account %s: ignored", causeEventId, accountId);
      return false;
    }
    if (!c.keyAccount()) {
      LOG.infof("credit event %s: account %s is %s, not a key account: nothing to demote", causeEventId, id,
          c.status);
      return false;
    }
    String previousRep = c.repId;
    var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
    c.demote(reason, causeEventId, at);
    events.demoted(new AccountDemotedV1(c.id.toString(), reason, causeEventId, previousRep, at));
    audit.record(CONSUMER, "customer.demoted", "customer", c.id, Map.of("reason", reason,
        "causeEventId", causeEventId, "previousRepId", String.valueOf(previousRep)));
    LOG.infof("key account %s demoted to ordinary customer: %s (credit event %s)", c.id, reason, causeEventId);
    return true;
  }
}
