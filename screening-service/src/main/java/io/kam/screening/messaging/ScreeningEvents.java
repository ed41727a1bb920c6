package io.kam.screening.messaging;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.kam.platform.events.DomainEvent;
import io.kam.platform.outbox.Outbox;

/** The typed publisher of the screening service: the only place that names its topic. */
@ApplicationScoped
public class ScreeningEvents {

  public static final String TOPIC = "kam.screening.events";

  @Inject
  Outbox outbox;

  public UUID identified(AccountIdentifiedV1 event) {
    return append(event);
  }

  public UUID confirmed(AccountConfirmedV1 event) {
    return append(event);
  }

  public UUID rejected(AccountRejectedV1 event) {
    return append(event);
  }

  public UUID repAssigned(AccountRepAssignedV1 event) {
    return append(event);
  }

  public UUID demoted(AccountDemotedV1 event) {
    return append(event);
  }

  private UUID append(DomainEvent event) {
    return outbox.append(TOPIC, event);
  }
}
