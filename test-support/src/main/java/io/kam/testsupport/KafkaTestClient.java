package io.kam.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes real topics of the test broker from tests. */
public final class KafkaTestClient {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private KafkaTestClient() {
  }

  /** Sends a record (value as given, structured CloudEvents content type) and waits for the ack. */
  public static void send(String topic, String key, String value) {
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
        "bootstrap.servers", KamInfra.kafkaBootstrap(), "acks", "all"), new StringSerializer(), new StringSerializer())) {
      ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
      record.headers().add(new RecordHeader("content-type",
          "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8)));
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot send to " + topic, e);
    }
  }

  /** A CloudEvents JSON document with the given type, subject and data, as a producer would write it. */
  public static String cloudEvent(String id, String type, String source, String subject, JsonNode data) {
    var node = MAPPER.createObjectNode();
    node.put("specversion", "1.0");
    node.put("id", id);
    node.put("source", source);
    node.put("type", type);
    node.put("subject", subject);
    node.put("time", java.time.Instant.now().toString());
    node.put("datacontenttype", "application/json");
    node.put("dataschema", "urn:kam:event:" + type + ":v1");
    node.set("data", data);
    return node.toString();
  }

  /**
   * Reads {@code topic} from the beginning until {@code until} holds for the records read so far, or the
   * timeout passes; returns what was read.
   */
  public static List<ConsumerRecord<String, String>> read(String topic, Duration timeout,
      Predicate<List<ConsumerRecord<String, String>>> until) {
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        "bootstrap.servers", KamInfra.kafkaBootstrap(), "group.id", "test-" + UUID.randomUUID(),
        "auto.offset.reset", "earliest", "enable.auto.commit", "false"),
        new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          records.add(r);
        }
        if (until.test(records)) {
          break;
        }
      }
    }
    return records;
  }

  /** The CloudEvents (parsed values) on {@code topic} whose type and subject match, read until {@code count} are seen. */
  public static List<JsonNode> events(String topic, String type, String subject, int count, Duration timeout) {
    Predicate<ConsumerRecord<String, String>> matches = r -> {
      JsonNode n = json(r.value());
      return n != null && type.equals(n.path("type").asText()) && (subject == null || subject.equals(n.path("subject").asText()));
    };
    return read(topic, timeout, rs -> rs.stream().filter(matches).count() >= count).stream()
        .filter(matches).map(r -> json(r.value())).toList();
  }

  public static JsonNode json(String value) {
    try {
      return value == null ? null : MAPPER.readTree(value);
    } catch (Exception e) {
      return null;
    }
  }

  public static String header(ConsumerRecord<String, String> record, String name) {
    var h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
