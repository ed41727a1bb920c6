package io.kam.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KamInfraTest {

  @Test
  void startsRealPostgresAndKafkaAndSurvivesABrokerRestart() throws Exception {
    String url = KamInfra.ensure("infra_test");
    try (Connection c = DriverManager.getConnection(url, KamInfra.user(), KamInfra.password());
        Statement s = c.createStatement()) {
      s.execute("create table t (v text)");
      s.execute("insert into t values ('written')");
      try (ResultSet rs = s.executeQuery("select version(), (select v from t)")) {
        rs.next();
        assertTrue(rs.getString(1).startsWith("PostgreSQL 15"), rs.getString(1));
        assertEquals("written", rs.getString(2));
      }
    }

    String topic = "infra-" + UUID.randomUUID();
    send(topic, "before");
    KafkaBroker broker = KamInfra.ownBroker();
    if (broker != null) {
      broker.stop(Duration.ofSeconds(30));
      assertTrue(!broker.isAlive());
      broker.restart();
    }
    send(topic, "after");
    assertEquals(List.of("before", "after"), read(topic, 2));
  }

  private static void send(String topic, String value) throws Exception {
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
        "bootstrap.servers", KamInfra.kafkaBootstrap(), "acks", "all"),
        new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, "k", value)).get();
    }
  }

  private static List<String> read(String topic, int count) {
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        "bootstrap.servers", KamInfra.kafkaBootstrap(), "group.id", "infra-" + UUID.randomUUID(),
        "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      java.util.ArrayList<String> values = new java.util.ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.size() < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          values.add(r.value());
        }
      }
      return values;
    }
  }
}
