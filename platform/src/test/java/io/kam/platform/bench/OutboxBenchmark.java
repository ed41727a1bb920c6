package io.kam.platform.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.kam.platform.outbox.Outbox;
import io.kam.platform.support.TestHappened;
import io.kam.testsupport.KamInfra;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Outbox benchmark (not part of {@code ./mvnw verify}; run {@code benchmarks/outbox.sh}): throughput of
 * outbox events from commit to a consumer, commit-to-consumer lag at a steady pace, and, on the same
 * broker in the same run, Kafka's own produce-to-consume latency for comparison. Writes
 * {@code benchmarks/results/outbox.json} and {@code outbox.md}; asserts only that nothing was lost.
 */
@QuarkusTest
class OutboxBenchmark {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Inject
  Outbox outbox;

  @Test
  void measure() throws Exception {
    int throughputEvents = Integer.getInteger("kam.bench.events", 20_000);
    int pacedEvents = Integer.getInteger("kam.bench.paced-events", 2_000);
    int pacePerSecond = Integer.getInteger("kam.bench.pace", 200);
    int writers = Integer.getInteger("kam.bench.writers", 4);

    warmUp();
    Result throughput = outboxRun("kam.bench.throughput-" + UUID.randomUUID(), throughputEvents, writers, 0);
    Result paced = outboxRun("kam.bench.paced-" + UUID.randomUUID(), pacedEvents, 1, pacePerSecond);
    Result kafka = kafkaRun("kam.bench.kafka-" + UUID.randomUUID(), pacedEvents, pacePerSecond);

    Map<String, Object> figures = new java.util.LinkedHashMap<>();
    figures.put("measuredAt", Instant.now().toString());
    figures.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version"));
    figures.put("infrastructure", "embedded PostgreSQL 15 + Kafka 4.1.2 single-node KRaft, loopback, one test JVM");
    figures.put("outboxThroughput", Map.of("events", throughputEvents, "writerThreads", writers,
        "oneEventPerTransaction", true, "seconds", round(throughput.seconds),
        "eventsPerSecond", round(throughputEvents / throughput.seconds),
        "lagP50ms", round(throughput.p(50)), "lagP99ms", round(throughput.p(99))));
    figures.put("outboxPacedLag", Map.of("events", pacedEvents, "pacePerSecond", pacePerSecond,
        "commitToConsumerP50ms", round(paced.p(50)), "commitToConsumerP99ms", round(paced.p(99)),
        "maxMs", round(paced.p(100))));
    figures.put("kafkaBaselineLag", Map.of("events", pacedEvents, "pacePerSecond", pacePerSecond,
        "producer", "acks=all, idempotent, linger 0",
        "produceToConsumerP50ms", round(kafka.p(50)), "produceToConsumerP99ms", round(kafka.p(99)),
        "maxMs", round(kafka.p(100))));
    figures.put("outboxOverheadP50ms", round(paced.p(50) - kafka.p(50)));
    figures.put("outboxOverheadP99ms", round(paced.p(99) - kafka.p(99)));

    Path out = Path.of(System.getProperty("kam.bench.out", "../benchmarks/results"));
    Files.createDirectories(out);
    Files.writeString(out.resolve("outbox.json"), MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(figures) + "\n");
    Files.writeString(out.resolve("outbox.md"), String.join("\n",
        "# Outbox benchmark (" + figures.get("measuredAt") + ")",
        "",
        "Machine: " + figures.get("machine") + "; " + figures.get("infrastructure") + ".",
        "",
        "| measure | figure |",
        "|---|---|",
        "| outbox throughput, commit → consumer (" + throughputEvents + " events, " + writers
            + " writers, 1 event per transaction) | " + round(throughputEvents / throughput.seconds) + " events/s |",
        "| outbox commit → consumer lag at " + pacePerSecond + " events/s, p50 / p99 | "
            + round(paced.p(50)) + " ms / " + round(paced.p(99)) + " ms |",
        "| Kafka alone, produce → consumer at " + pacePerSecond + " events/s, p50 / p99 | "
            + round(kafka.p(50)) + " ms / " + round(kafka.p(99)) + " ms |",
        "| outbox overhead over Kafka, p50 / p99 | " + figures.get("outboxOverheadP50ms") + " ms / "
            + figures.get("outboxOverheadP99ms") + " ms |",
        ""));
    System.out.println("OUTBOX BENCHMARK " + MAPPER.writeValueAsString(figures));
  }

  private void warmUp() throws Exception {
    outboxRun("kam.bench.warmup-" + UUID.randomUUID(), 500, 2, 0);
  }

  /** Appends {@code events} (one per transaction); a consumer in this JVM times commit → receipt. */
  private Result outboxRun(String topic, int events, int writers, int pacePerSecond) throws Exception {
    // the relay may deliver before the writer thread has noted its commit time, so both sides are kept
    Map<String, Long> committedAt = new ConcurrentHashMap<>();
    Map<String, Long> receivedAt = new ConcurrentHashMap<>();
    AtomicBoolean consuming = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    KafkaConsumer<String, String> consumer = consumer(topic);
    try {
      Future<?> reader = pool.submit(() -> {
        while (consuming.get() && receivedAt.size() < events) {
          for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
            receivedAt.putIfAbsent(id(r.value()), System.nanoTime());
          }
        }
        return null;
      });
      long start = System.nanoTime();
      List<Future<?>> futures = new ArrayList<>();
      int perWriter = events / writers;
      for (int w = 0; w < writers; w++) {
        int count = w == writers - 1 ? events - perWriter * (writers - 1) : perWriter;
        futures.add(pool.submit(() -> {
          long interval = pacePerSecond > 0 ? 1_000_000_000L / pacePerSecond : 0;
          long next = System.nanoTime();
          for (int i = 0; i < count; i++) {
            if (interval > 0) {
              while (System.nanoTime() < next) {
                Thread.onSpinWait();
              }
              next += interval;
            }
            String account = "acc-" + (i % 50);
            int n = i;
            UUID[] id = new UUID[1];
            QuarkusTransaction.requiringNew().run(() -> id[0] = outbox.append(topic, new TestHappened(account, n, false)));
            committedAt.put(id[0].toString(), System.nanoTime());
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.MINUTES);
      }
      try {
        reader.get(5, TimeUnit.MINUTES);
      } finally {
        consuming.set(false);
      }
      assertEquals(events, receivedAt.size(), "every event arrived");
      long[] lags = new long[events];
      long last = 0;
      int i = 0;
      for (Map.Entry<String, Long> e : committedAt.entrySet()) {
        long received = receivedAt.get(e.getKey());
        lags[i++] = Math.max(0, received - e.getValue());
        last = Math.max(last, received);
      }
      return new Result((last - start) / 1e9, lags);
    } finally {
      consuming.set(false);
      pool.shutdown();
      pool.awaitTermination(5, TimeUnit.SECONDS);
      consumer.close();
    }
  }

  /** The same pace straight through a Kafka producer, as the baseline for the outbox's lag. */
  private Result kafkaRun(String topic, int events, int pacePerSecond) throws Exception {
    long[] lags = new long[events];
    int[] received = new int[1];
    Map<String, Long> sentAt = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (KafkaConsumer<String, String> consumer = consumer(topic);
        KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
            KamInfra.kafkaBootstrap(), "acks", "all", "enable.idempotence", "true", "linger.ms", "0"),
            new StringSerializer(), new StringSerializer())) {
      Future<?> reader = pool.submit(() -> {
        while (received[0] < events) {
          for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
            long now = System.nanoTime();
            Long at = sentAt.remove(r.value());
            if (at != null) {
              lags[received[0]++] = now - at;
            }
          }
        }
      });
      long interval = 1_000_000_000L / pacePerSecond;
      long next = System.nanoTime();
      long start = next;
      for (int i = 0; i < events; i++) {
        while (System.nanoTime() < next) {
          Thread.onSpinWait();
        }
        next += interval;
        String value = UUID.randomUUID().toString();
        sentAt.put(value, System.nanoTime());
        producer.send(new ProducerRecord<>(topic, "acc-" + (i % 50), value));
      }
      producer.flush();
      reader.get(5, TimeUnit.MINUTES);
      return new Result((System.nanoTime() - start) / 1e9, lags);
    } finally {
      pool.shutdownNow();
    }
  }

  private static KafkaConsumer<String, String> consumer(String topic) {
    KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", KamInfra.kafkaBootstrap(),
        "group.id", "bench-" + UUID.randomUUID(), "auto.offset.reset", "earliest", "fetch.max.wait.ms", "5"),
        new StringDeserializer(), new StringDeserializer());
    consumer.subscribe(List.of(topic));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
      consumer.poll(Duration.ofMillis(100));
    }
    return consumer;
  }

  private static String id(String value) {
    try {
      JsonNode node = MAPPER.readTree(value);
      return node.path("id").asText();
    } catch (Exception e) {
      return "";
    }
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private record Result(double seconds, long[] lagsNanos) {
    double p(int percentile) {
      long[] sorted = lagsNanos.clone();
      Arrays.sort(sorted);
      int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
  }
}
