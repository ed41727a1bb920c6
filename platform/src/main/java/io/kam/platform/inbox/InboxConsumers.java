package io.kam.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.kam.platform.events.CloudEvent;
import io.kam.platform.events.CloudEventCodec;
import io.kam.platform.events.InvalidEventException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs every {@link EventHandler}: poll, then per record one transaction holding the inbox row
 * {@code (consumer, event id)} and the effect. A duplicate finds the row and has no effect. A failure is
 * retried a bounded number of times; then the record goes to {@code <topic>.dlq} with the error in
 * headers, the inbox notes it, and the partition moves on.
 *
 * <p>Why home-made rather than SmallRye Reactive Messaging: the inbox row, the effect and the DLQ
 * decision need one JDBC transaction per record with explicit offset commits after it; here that is
 * forty lines of plain kafka-clients with no reactive/blocking hand-offs.
 */
@ApplicationScoped
public class InboxConsumers {

  private static final Logger LOG = Logger.getLogger(InboxConsumers.class);

  @Inject
  Instance<EventHandler> handlers;

  @Inject
  CloudEventCodec codec;

  @Inject
  EntityManager em;

  @Inject
  MeterRegistry registry;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @ConfigProperty(name = "kam.service-name")
  String serviceName;

  @ConfigProperty(name = "kam.inbox.enabled", defaultValue = "true")
  boolean enabled;

  @ConfigProperty(name = "kam.inbox.max-attempts", defaultValue = "3")
  int maxAttempts;

  @ConfigProperty(name = "kam.inbox.retry-backoff", defaultValue = "PT0.2S")
  Duration retryBackoff;

  private final List<Runner> runners = new ArrayList<>();
  private KafkaProducer<String, byte[]> dlqProducer;

  void start(@Observes StartupEvent event) {
    if (!enabled) {
      return;
    }
    for (EventHandler handler : handlers) {
      Runner runner = new Runner(handler);
      runners.add(runner);
      runner.thread.start();
    }
  }

  void stop(@Observes ShutdownEvent event) {
    for (Runner r : runners) {
      r.stop();
    }
    synchronized (this) {
      if (dlqProducer != null) {
        dlqProducer.close(Duration.ofSeconds(2));
      }
    }
  }

  /** True when every handler's consumer has its partitions (or is polling). */
  public boolean allRunning() {
    return runners.stream().allMatch(r -> r.thread.isAlive());
  }

  String consumerName(EventHandler handler) {
    return serviceName + "." + handler.name();
  }

  private final class Runner {
    final EventHandler handler;
    final Thread thread;
    final String consumer;
    final Counter consumed;
    final Counter duplicates;
    final Counter deadLettered;
    volatile boolean running = true;
    KafkaConsumer<String, byte[]> kafka;

    Runner(EventHandler handler) {
      this.handler = handler;
      this.consumer = consumerName(handler);
      this.thread = new Thread(this::loop, "kam-inbox-" + handler.name());
      this.thread.setDaemon(true);
      this.consumed = Counter.builder("kam.inbox.consumed").tag("consumer", consumer).register(registry);
      this.duplicates = Counter.builder("kam.inbox.duplicates").tag("consumer", consumer).register(registry);
      this.deadLettered = Counter.builder("kam.inbox.dead-lettered").tag("consumer", consumer).register(registry);
    }

    void stop() {
      running = false;
      if (kafka != null) {
        kafka.wakeup();
      }
      try {
        thread.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void loop() {
      Properties props = new Properties();
      props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      props.put(ConsumerConfig.GROUP_ID_CONFIG, consumer);
      props.put(ConsumerConfig.CLIENT_ID_CONFIG, consumer);
      props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
      props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
      props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
      props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "5000");
      while (running) {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(props, new StringDeserializer(),
            new ByteArrayDeserializer())) {
          kafka = c;
          c.subscribe(new ArrayList<>(handler.topics()));
          while (running) {
            ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(500));
            for (ConsumerRecord<String, byte[]> record : records) {
              process(record);
              c.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                  new OffsetAndMetadata(record.offset() + 1)));
            }
          }
        } catch (WakeupException e) {
          // shutting down
        } catch (RuntimeException e) {
          if (running) {
            LOG.warnf("consumer %s failed, restarting: %s", consumer, e.toString());
            sleep(Duration.ofSeconds(1));
          }
        }
      }
    }

    void process(ConsumerRecord<String, byte[]> record) {
      CloudEvent event;
      try {
        event = codec.read(record.value());
      } catch (InvalidEventException e) {
        deadLetter(record, null, e, 0);
        return;
      }
      if (!handler.eventTypes().contains(event.type())) {
        return;
      }
      MDC.put("traceparent", event.traceparent() == null || event.traceparent().isBlank()
          ? io.kam.platform.web.RequestContextFilter.newTraceparent() : event.traceparent());
      MDC.put("eventId", event.id());
      try {
        for (int attempt = 1; ; attempt++) {
          try {
            boolean fresh = QuarkusTransaction.requiringNew().call(() -> {
              int inserted = em.createNativeQuery("insert into kam_inbox (consumer, event_id, event_type, topic, "
                      + "kafka_partition, kafka_offset, outcome) values (?1, ?2, ?3, ?4, ?5, ?6, 'PROCESSED') "
                      + "on conflict do nothing")
                  .setParameter(1, consumer).setParameter(2, event.id()).setParameter(3, event.type())
                  .setParameter(4, record.topic()).setParameter(5, record.partition())
                  .setParameter(6, record.offset()).executeUpdate();
              if (inserted == 0) {
                return false;
              }
              handler.handle(event);
              return true;
            });
            if (fresh) {
              consumed.increment();
            } else {
              duplicates.increment();
            }
            return;
          } catch (InvalidEventException e) {
            deadLetter(record, event, e, attempt);
            return;
          } catch (Exception e) {
            if (attempt >= maxAttempts) {
              deadLetter(record, event, e, attempt);
              return;
            }
            LOG.debugf("consumer %s attempt %d of event %s failed: %s", consumer, attempt, event.id(), e);
            sleep(retryBackoff.multipliedBy(1L << (attempt - 1)));
          }
        }
      } finally {
        MDC.remove("traceparent");
        MDC.remove("eventId");
      }
    }

    void deadLetter(ConsumerRecord<String, byte[]> record, CloudEvent event, Exception error, int attempts) {
      Throwable root = error;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String reason = error.getClass().getSimpleName() + ": " + error.getMessage()
          + (root == error ? "" : " (caused by " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")");
      ProducerRecord<String, byte[]> dlq = new ProducerRecord<>(record.topic() + ".dlq", record.key(), record.value());
      for (Header h : record.headers()) {
        dlq.headers().add(h);
      }
      Map<String, String> extra = new HashMap<>();
      extra.put("kam-dlq-reason", reason);
      extra.put("kam-dlq-consumer", consumer);
      extra.put("kam-dlq-original-topic", record.topic());
      extra.put("kam-dlq-original-partition", Integer.toString(record.partition()));
      extra.put("kam-dlq-original-offset", Long.toString(record.offset()));
      extra.put("kam-dlq-attempts", Integer.toString(attempts));
      extra.forEach((k, v) -> dlq.headers().add(new RecordHeader(k, v.getBytes(StandardCharsets.UTF_8))));
      // nothing is lost: the partition only moves on once the DLQ has the record
      while (running) {
        try {
          dlqProducer().send(dlq).get(30, TimeUnit.SECONDS);
          break;
        } catch (Exception e) {
          LOG.warnf("cannot write to %s yet: %s", dlq.topic(), e.toString());
          sleep(Duration.ofSeconds(1));
        }
      }
      deadLettered.increment();
      LOG.warnf("event %s from %s dead-lettered by %s after %d attempt(s): %s",
          event == null ? "(unreadable)" : event.id(), record.topic(), consumer, attempts, reason);
      if (event != null) {
        try {
          QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into kam_inbox (consumer, "
                  + "event_id, event_type, topic, kafka_partition, kafka_offset, outcome, error) "
                  + "values (?1, ?2, ?3, ?4, ?5, ?6, 'DEAD_LETTERED', ?7) on conflict do nothing")
              .setParameter(1, consumer).setParameter(2, event.id()).setParameter(3, event.type())
              .setParameter(4, record.topic()).setParameter(5, record.partition())
              .setParameter(6, record.offset()).setParameter(7, reason).executeUpdate());
        } catch (RuntimeException e) {
          LOG.warnf("could not note dead-lettered event %s in the inbox: %s", event.id(), e.toString());
        }
      }
    }
  }

  private synchronized KafkaProducer<String, byte[]> dlqProducer() {
    if (dlqProducer == null) {
      Properties props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      props.put(ProducerConfig.CLIENT_ID_CONFIG, "kam-dlq-" + serviceName);
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      dlqProducer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }
    return dlqProducer;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
