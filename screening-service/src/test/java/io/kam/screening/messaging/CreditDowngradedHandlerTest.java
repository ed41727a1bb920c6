package io.kam.screening.messaging;

import static io.kam.screening.support.Fixtures.BASE;
import static io.kam.screening.support.Fixtures.as;
import static io.kam.screening.support.Fixtures.org;
import static io.kam.screening.support.Fixtures.rep;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import io.kam.screening.support.Fixtures;
import io.kam.testsupport.EventSchemas;
import io.kam.testsupport.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CreditDowngradedHandlerTest {

  static final ObjectMapper MAPPER = new ObjectMapper();

  static String downgraded(String eventId, String accountId, String reason) {
    ObjectNode data = MAPPER.createObjectNode().put("accountId", accountId).put("previousTier", "GREEN")
        .put("tier", "ORDINARY").put("reason", reason).put("fulfilmentRate", 0.62).put("policyVersion", 1);
    return KafkaTestClient.cloudEvent(eventId, "kam.credit.downgraded", "/kam/credit", accountId, data);
  }

  static long processed(String eventId) {
    return Fixtures.count("select count(*) from kam_inbox where event_id = ?1 and outcome = 'PROCESSED'", eventId);
  }

  static void awaitProcessed(String eventId, long expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (processed(eventId) < expected && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertEquals(expected, processed(eventId));
  }

  @Test
  void aFulfilmentDowngradeSentTwiceDemotesTheKeyAccountOnce() {
    String org = org();
    String id = Fixtures.keyAccount(org);
    String eventId = UUID.randomUUID().toString();
    KafkaTestClient.send("kam.credit.events", id, downgraded(eventId, id, "FULFILMENT_BELOW_THRESHOLD"));
    KafkaTestClient.send("kam.credit.events", id, downgraded(eventId, id, "FULFILMENT_BELOW_THRESHOLD"));
    awaitProcessed(eventId, 1);
    // a later marker event on the same partition proves the duplicate was consumed before we count
    String marker = UUID.randomUUID().toString();
    KafkaTestClient.send("kam.credit.events", id, downgraded(marker, id, "VOLUME"));
    awaitProcessed(marker, 1);

    as(rep(org)).get(BASE + "/customers/" + id).then().statusCode(200).body("status", equalTo("ORDINARY"))
        .body("keyAccount", equalTo(false)).body("demotionReason", equalTo("FULFILMENT_BELOW_THRESHOLD"));
    assertEquals(1, Fixtures.count("select count(*) from kam_outbox where msg_key = ?1 and event_type = "
        + "'kam.account.demoted'", id));
    List<JsonNode> events = KafkaTestClient.events("kam.screening.events", "kam.account.demoted", id, 1,
        Duration.ofSeconds(30));
    assertEquals(1, events.size());
    EventSchemas.assertValid("events/kam.account.demoted.v1.schema.json", events.get(0));
    assertEquals(eventId, events.get(0).path("data").path("causeEventId").asText());
    assertEquals(1, Fixtures.count("select count(*) from kam_audit where entity_id = ?1 and action = "
        + "'customer.demoted' and actor = 'system:credit-downgraded-consumer'", id));
  }

  @Test
  void unknownAccountsAndOtherReasonsHaveNoEffectAndDoNotBlockThePartition() {
    String unknown = UUID.randomUUID().toString();
    String e1 = UUID.randomUUID().toString();
    String e2 = UUID.randomUUID().toString();
    KafkaTestClient.send("kam.credit.events", unknown, downgraded(e1, unknown, "FULFILMENT_BELOW_THRESHOLD"));
    KafkaTestClient.send("kam.credit.events", "not-a-uuid", downgraded(e2, "not-a-uuid", "FULFILMENT_BELOW_THRESHOLD"));
    awaitProcessed(e1, 1);
    awaitProcessed(e2, 1);
    assertEquals(0, Fixtures.count("select count(*) from kam_outbox where msg_key in (?1, ?2)", unknown, "not-a-uuid"));

    String org = org();
    String id = Fixtures.keyAccount(org);
    String volume = UUID.randomUUID().toString();
    KafkaTestClient.send("kam.credit.events", id, downgraded(volume, id, "VOLUME"));
    awaitProcessed(volume, 1);
    as(rep(org)).get(BASE + "/customers/" + id).then().body("status", equalTo("KEY_ACCOUNT"));
    assertTrue(Fixtures.count("select count(*) from kam_inbox where outcome = 'DEAD_LETTERED' and event_id in "
        + "(?1, ?2, ?3)", e1, e2, volume) == 0);
  }
}
