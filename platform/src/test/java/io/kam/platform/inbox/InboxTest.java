package io.kam.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.kam.platform.support.TestHandler;
import io.kam.testsupport.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InboxTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Inject
  EntityManager em;

  @Test
  void aRedeliveredEventHasOneEffect() {
    String account = "acc-" + UUID.randomUUID();
    String id = UUID.randomUUID().toString();
    String event = event(id, account, 1, false);
    KafkaTestClient.send(TestHandler.TOPIC, account, event);
    KafkaTestClient.send(TestHandler.TOPIC, account, event);
    String marker = UUID.randomUUID().toString();
    KafkaTestClient.send(TestHandler.TOPIC, account, event(marker, account, 2, false));
    awaitEffect(marker);
    assertEquals(2L, effectsOf(account), "the duplicate had no second effect");
  }

  @Test
  void aPoisonEventGoesToTheDlqWithItsReasonAndLaterEventsStillFlow() {
    String account = "acc-" + UUID.randomUUID();
    String poison = UUID.randomUUID().toString();
    String after = UUID.randomUUID().toString();
    KafkaTestClient.send(TestHandler.TOPIC, account, event(poison, account, 1, true));
    KafkaTestClient.send(TestHandler.TOPIC, account, "{not json");
    KafkaTestClient.send(TestHandler.TOPIC, account, event(after, account, 2, false));
    awaitEffect(after);
    assertEquals(1L, effectsOf(account));

    List<ConsumerRecord<String, String>> dlq = KafkaTestClient.read(TestHandler.TOPIC + ".dlq",
        Duration.ofSeconds(30), rs -> rs.stream().filter(r -> account.equals(r.key())).count() >= 2)
        .stream().filter(r -> account.equals(r.key())).toList();
    assertEquals(2, dlq.size());
    ConsumerRecord<String, String> failing = dlq.get(0);
    assertEquals(poison, KafkaTestClient.json(failing.value()).path("id").asText());
    String reason = KafkaTestClient.header(failing, "kam-dlq-reason");
    assertTrue(reason.contains("test event asked to fail"), reason);
    assertEquals("3", KafkaTestClient.header(failing, "kam-dlq-attempts"));
    assertEquals(TestHandler.TOPIC, KafkaTestClient.header(failing, "kam-dlq-original-topic"));
    ConsumerRecord<String, String> unreadable = dlq.get(1);
    assertEquals("{not json", unreadable.value());
    assertTrue(KafkaTestClient.header(unreadable, "kam-dlq-reason").contains("not a CloudEvents JSON document"));
    assertEquals("0", KafkaTestClient.header(unreadable, "kam-dlq-attempts"), "unreadable records are not retried");

    Object outcome = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
        "select outcome from kam_inbox where event_id = ?1").setParameter(1, poison).getSingleResult());
    assertEquals("DEAD_LETTERED", outcome);
  }

  private static String event(String id, String account, int n, boolean fail) {
    ObjectNode data = MAPPER.createObjectNode().put("accountId", account).put("n", n).put("fail", fail);
    return KafkaTestClient.cloudEvent(id, "kam.test.happened", "/kam/test", account, data);
  }

  private long effectsOf(String account) {
    return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
        "select count(*) from test_effect where account_id = ?1").setParameter(1, account).getSingleResult()).longValue());
  }

  private void awaitEffect(String eventId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      long n = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
          "select count(*) from test_effect where event_id = ?1").setParameter(1, eventId).getSingleResult()).longValue());
      if (n > 0) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertNotNull(null, "event " + eventId + " was not consumed in time");
  }
}
