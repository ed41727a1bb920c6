package io.kam.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

import io.kam.platform.support.TestHappened;
import io.kam.testsupport.KafkaTestClient;
import io.kam.testsupport.KamInfra;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OutboxTest {

  @Inject
  Outbox outbox;

  @Inject
  OutboxRelay relay;

  @Test
  void eventsArriveOnTheTopicInCommitOrderPerKey() {
    String topic = "kam.test.order-" + UUID.randomUUID();
    List<String> keys = List.of("acc-" + UUID.randomUUID(), "acc-" + UUID.randomUUID(), "acc-" + UUID.randomUUID());
    int perKey = 40;
    for (int i = 0; i < perKey; i++) {
      for (String key : keys) {
        int n = i;
        QuarkusTransaction.requiringNew().run(() -> outbox.append(topic, new TestHappened(key, n, false)));
      }
    }
    List<ConsumerRecord<String, String>> records = KafkaTestClient.read(topic, Duration.ofSeconds(60),
        rs -> rs.size() >= perKey * keys.size());
    assertEquals(perKey * keys.size(), records.size());
    assertInOrderPerKey(records, keys, perKey);
    ConsumerRecord<String, String> first = records.get(0);
    JsonNode event = KafkaTestClient.json(first.value());
    assertEquals("1.0", event.path("specversion").asText());
    assertEquals("/kam/platform-test", event.path("source").asText());
    assertEquals("kam.test.happened", event.path("type").asText());
    assertEquals(first.key(), event.path("subject").asText());
    assertEquals("urn:kam:event:kam.test.happened:v1", event.path("dataschema").asText());
    assertEquals(first.key(), event.path("data").path("accountId").asText());
    assertTrue(KafkaTestClient.header(first, "content-type").startsWith("application/cloudevents+json"));
  }

  @Test
  void aRolledBackTransactionPublishesNothing() {
    String topic = "kam.test.rollback-" + UUID.randomUUID();
    String key = "acc-" + UUID.randomUUID();
    try {
      QuarkusTransaction.requiringNew().run(() -> {
        outbox.append(topic, new TestHappened(key, 1, false));
        throw new IllegalStateException("business rule failed");
      });
    } catch (IllegalStateException expected) {
      // the state change and its event are gone together
    }
    QuarkusTransaction.requiringNew().run(() -> outbox.append(topic, new TestHappened(key, 2, false)));
    List<ConsumerRecord<String, String>> records = KafkaTestClient.read(topic, Duration.ofSeconds(30),
        rs -> rs.size() >= 1);
    assertEquals(1, records.size());
    assertEquals(2, KafkaTestClient.json(records.get(0).value()).path("data").path("n").asInt());
  }

  @Test
  @DisabledIfEnvironmentVariable(named = "KAM_TEST_KAFKA_BOOTSTRAP", matches = ".+",
      disabledReason = "stops and restarts the broker, which only the broker the test JVM started allows")
  void aBrokerStoppedMidStreamLosesNothing() throws Exception {
    String topic = "kam.test.outage-" + UUID.randomUUID();
    String key = "acc-" + UUID.randomUUID();
    for (int i = 0; i < 10; i++) {
      int n = i;
      QuarkusTransaction.requiringNew().run(() -> outbox.append(topic, new TestHappened(key, n, false)));
    }
    KafkaTestClient.read(topic, Duration.ofSeconds(30), rs -> rs.size() >= 10);
    assertTrue(KamInfra.stopKafka(), "this test needs the broker the test JVM started");
    try {
      for (int i = 10; i < 30; i++) {
        int n = i;
        QuarkusTransaction.requiringNew().run(() -> outbox.append(topic, new TestHappened(key, n, false)));
      }
      Thread.sleep(1000);
      assertTrue(relay.pending() > 0, "events wait in the outbox while the broker is down");
    } finally {
      KamInfra.restartKafka();
    }
    List<ConsumerRecord<String, String>> records = KafkaTestClient.read(topic, Duration.ofSeconds(90),
        rs -> distinct(rs).size() >= 30);
    List<Integer> ns = distinct(records);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      expected.add(i);
    }
    assertEquals(expected, ns, "every event once, in order");
  }

  @Test
  void twoRelaysOnOneTablePublishEachEventOnceInOrder() throws Exception {
    String topic = "kam.test.replicas-" + UUID.randomUUID();
    List<String> keys = List.of("acc-" + UUID.randomUUID(), "acc-" + UUID.randomUUID());
    OutboxRelay second = new OutboxRelay();
    second.dataSource = relay.dataSource;
    second.bootstrapServers = relay.bootstrapServers;
    second.batchSize = 7;
    second.sendTimeout = Duration.ofSeconds(15);
    second.serviceName = "platform-test-replica";
    second.registry = relay.registry;
    second.start(null);
    ExecutorService writers = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (String key : keys) {
        futures.add(writers.submit(() -> {
          for (int i = 0; i < 60; i++) {
            int n = i;
            QuarkusTransaction.requiringNew().run(() -> outbox.append(topic, new TestHappened(key, n, false)));
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
      List<ConsumerRecord<String, String>> records = KafkaTestClient.read(topic, Duration.ofSeconds(60),
          rs -> rs.size() >= 120);
      Thread.sleep(1500);
      records = KafkaTestClient.read(topic, Duration.ofSeconds(5), rs -> false);
      assertEquals(120, records.size(), "each event published exactly once by the two relays");
      assertInOrderPerKey(records, keys, 60);
    } finally {
      writers.shutdownNow();
      second.shutdown();
    }
  }

  private static List<Integer> distinct(List<ConsumerRecord<String, String>> records) {
    Set<String> seen = new HashSet<>();
    List<Integer> ns = new ArrayList<>();
    for (ConsumerRecord<String, String> r : records) {
      JsonNode e = KafkaTestClient.json(r.value());
      if (seen.add(e.path("id").asText())) {
        ns.add(e.path("data").path("n").asInt());
      }
    }
    return ns;
  }

  private static void assertInOrderPerKey(List<ConsumerRecord<String, String>> records, List<String> keys, int perKey) {
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (ConsumerRecord<String, String> r : records) {
      byKey.computeIfAbsent(r.key(), k -> new ArrayList<>())
          .add(KafkaTestClient.json(r.value()).path("data").path("n").asInt());
    }
    for (String key : keys) {
      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < perKey; i++) {
        expected.add(i);
      }
      assertEquals(expected, byKey.get(key), "events of " + key + " in commit order");
    }
  }
}
