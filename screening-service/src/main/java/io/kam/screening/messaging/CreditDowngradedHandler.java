package io.kam.screening.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.kam.platform.events.CloudEvent;
import io.kam.platform.events.CloudEventCodec;
import io.kam.platform.inbox.EventHandler;
import io.kam.screening.service.DemotionService;

/**
 * Consumes {@code kam.credit.downgraded}: a fulfilment rate below the threshold makes the key account an
 * ordinary customer again (plan 3 §4.2). Inbox-protected: a redelivered event has no second effect.
 */
@ApplicationScoped
public class CreditDowngradedHandler implements EventHandler {

  private static final Logger LOG = Logger.getLogger(CreditDowngradedHandler.class);

  @Inject
  CloudEventCodec codec;

  @Inject
  DemotionService demotions;

  @Override
  public String name() {
    return "credit-downgraded";
  }

  @Override
  public Set<String> topics() {
    return Set.of("kam.credit.events");
  }

  @Override
  public Set<String> eventTypes() {
    return Set.of("kam.credit.downgraded");
  }

  @Override
  public void handle(CloudEvent event) {
    // an incoming event without trace context leaves an empty traceparent in the MDC; publish none rather than ""
    Object trace = MDC.get("traceparent");
    if (trace == null || trace.toString().isBlank()) {
      MDC.remove("traceparent");
    }
    CreditDowngradedV1 data = codec.data(event, CreditDowngradedV1.class);
    if (!CreditDowngradedV1.FULFILMENT_BELOW_THRESHOLD.equals(data.reason())) {
      LOG.infof("credit downgrade %s of account %s for %s: no key-account effect", event.id(), data.accountId(),
          data.reason());
      return;
    }
    demotions.demote(data.accountId() != null ? data.accountId() : event.subject(), data.reason(), event.id());
  }
}
