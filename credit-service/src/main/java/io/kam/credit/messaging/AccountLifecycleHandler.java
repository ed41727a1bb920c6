package io.kam.credit.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.kam.credit.service.ProfileService;
import io.kam.platform.events.CloudEvent;
import io.kam.platform.events.CloudEventCodec;
import io.kam.platform.events.InvalidEventException;
import io.kam.platform.inbox.EventHandler;
import io.kam.platform.security.OrgUnits;

/**
 * Opens a credit profile when screening confirms a key account and marks it inactive when screening demotes
 * it. Inbox-protected: a redelivered event has no second effect; a second confirmation finds the profile.
 */
@ApplicationScoped
public class AccountLifecycleHandler implements EventHandler {

  public static final String SCREENING_TOPIC = "kam.screening.events";
  public static final String CONFIRMED = "kam.account.confirmed";
  public static final String DEMOTED = "kam.account.demoted";

  @Inject
  CloudEventCodec codec;

  @Inject
  ProfileService profiles;

  @Override
  public String name() {
    return "account-lifecycle";
  }

  @Override
  public Set<String> topics() {
    return Set.of(SCREENING_TOPIC);
  }

  @Override
  public Set<String> eventTypes() {
    return Set.of(CONFIRMED, DEMOTED);
  }

  @Override
  public void handle(CloudEvent event) {
    if (CONFIRMED.equals(event.type())) {
      AccountConfirmedV1 data = codec.data(event, AccountConfirmedV1.class);
      if (data.accountId() == null || data.accountId().isBlank() || data.name() == null || data.name().isBlank()) {
        throw new InvalidEventException("kam.account.confirmed needs accountId and name");
      }
      if (!OrgUnits.isValid(data.orgUnit())) {
        throw new InvalidEventException("kam.account.confirmed has no valid orgUnit: " + data.orgUnit());
      }
      profiles.openFromConfirmation(data, event.id());
    } else {
      AccountDemotedV1 data = codec.data(event, AccountDemotedV1.class);
      if (data.accountId() == null || data.accountId().isBlank()) {
        throw new InvalidEventException("kam.account.demoted needs accountId");
      }
      profiles.deactivate(data.accountId(), data.reason(), event.id());
    }
  }
}
