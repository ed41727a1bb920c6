package io.kam.platform.support;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.kam.platform.events.CloudEvent;
import io.kam.platform.events.CloudEventCodec;
import io.kam.platform.inbox.EventHandler;

/** Records each consumed test event in test_effect; an event with fail=true always throws. */
@ApplicationScoped
public class TestHandler implements EventHandler {

  public static final String TOPIC = "kam.test.inbound";

  @Inject
  EntityManager em;

  @Inject
  CloudEventCodec codec;

  @Override
  public String name() {
    return "test-handler";
  }

  @Override
  public Set<String> topics() {
    return Set.of(TOPIC);
  }

  @Override
  public Set<String> eventTypes() {
    return Set.of("kam.test.happened");
  }

  @Override
  public void handle(CloudEvent event) {
    TestHappened data = codec.data(event, TestHappened.class);
    if (data.fail()) {
      throw new IllegalStateException("test event asked to fail");
    }
    em.createNativeQuery("insert into test_effect (event_id, account_id, note) values (?1, ?2, ?3)")
        .setParameter(1, event.id()).setParameter(2, data.accountId()).setParameter(3, "n=" + data.n())
        .executeUpdate();
  }
}
