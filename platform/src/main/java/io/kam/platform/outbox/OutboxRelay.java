package io.kam.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes committed outbox rows to Kafka in sequence order with an idempotent producer
 * ({@code acks=all}), then marks them sent.
 *
 * <p>Why home-made: the relay must share the service's own database transaction semantics (advisory
 * lock, commit-time wake-up) which no Quarkus extension offers without a Debezium/Kafka Connect cluster.
 * Several replicas: each batch runs under one cluster-wide advisory lock, so exactly one relay
 * publishes at a time and order is kept. Wake-up: an in-process signal after commit, LISTEN/NOTIFY for
 * the other replicas, and a slow poll as a safety net. A broker outage leaves rows unsent; they go
 * out, in order, when it returns. Delivery is at least once: consumers dedupe with the inbox.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  /** Advisory lock key shared by every replica of a service (one database per service). */
  private static final long RELAY_LOCK = 0x6b616d6f7574L;

  @Inject
  DataSource dataSource;

  @Inject
  MeterRegistry registry;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @ConfigProperty(name = "kam.outbox.relay.enabled", defaultValue = "true")
  boolean enabled;

  @ConfigProperty(name = "kam.outbox.relay.batch-size", defaultValue = "500")
  int batchSize;

  @ConfigProperty(name = "kam.outbox.relay.poll-interval", defaultValue = "PT1S")
  Duration pollInterval;

  @ConfigProperty(name = "kam.outbox.relay.send-timeout", defaultValue = "PT15S")
  Duration sendTimeout;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String jdbcUrl;

  @ConfigProperty(name = "quarkus.datasource.username", defaultValue = "")
  String dbUser;

  @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "")
  String dbPassword;

  @ConfigProperty(name = "kam.service-name")
  String serviceName;

  private final Semaphore signal = new Semaphore(0);
  private final AtomicReference<String> lastError = new AtomicReference<>();
  private final AtomicLong lastSuccess = new AtomicLong();
  private volatile boolean running;
  private Thread worker;
  private Thread listener;
  private KafkaProducer<String, byte[]> producer;
  private Counter published;
  private Counter failures;
  private Timer lag;

  void start(@Observes StartupEvent event) {
    if (!enabled) {
      return;
    }
    published = Counter.builder("kam.outbox.published").description("events published by the outbox relay")
        .register(registry);
    failures = Counter.builder("kam.outbox.publish.failures").description("relay batches that failed")
        .register(registry);
    lag = Timer.builder("kam.outbox.lag").description("commit-to-publish delay of outbox events")
        .publishPercentiles(0.5, 0.99).register(registry);
    io.micrometer.core.instrument.Gauge.builder("kam.outbox.pending", this, OutboxRelay::pendingSafe)
        .description("outbox rows not yet published").register(registry);
    running = true;
    worker = new Thread(this::run, "kam-outbox-relay");
    worker.setDaemon(true);
    worker.start();
    listener = new Thread(this::listen, "kam-outbox-listen");
    listener.setDaemon(true);
    listener.start();
  }

  void stop(@Observes ShutdownEvent event) {
    shutdown();
  }

  @PreDestroy
  void shutdown() {
    running = false;
    signal.release();
    if (worker != null) {
      try {
        worker.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (listener != null) {
      listener.interrupt();
    }
    closeProducer();
  }

  /** Called after a commit that appended events; cheap and never blocks. */
  public void wake() {
    signal.release();
  }

  public boolean isRunning() {
    return running && worker != null && worker.isAlive();
  }

  public String lastError() {
    return lastError.get();
  }

  public long pending() {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from kam_outbox where published_at is null")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private double pendingSafe() {
    try {
      return pending();
    } catch (RuntimeException e) {
      return Double.NaN;
    }
  }

  private void run() {
    long backoffMs = 0;
    while (running) {
      try {
        if (backoffMs > 0) {
          signal.tryAcquire(backoffMs, TimeUnit.MILLISECONDS);
        } else {
          signal.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
        signal.drainPermits();
        if (!running) {
          break;
        }
        while (running && publishBatch() == batchSize) {
          // a full batch means more may be waiting
        }
        backoffMs = 0;
        lastError.set(null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (Exception e) {
        failures.increment();
        lastError.set(e.getClass().getSimpleName() + ": " + e.getMessage());
        backoffMs = Math.min(backoffMs == 0 ? 200 : backoffMs * 2, 5000);
        LOG.warnf("outbox relay could not publish, retrying in %d ms: %s", backoffMs, e.toString());
        closeProducer();
      }
    }
  }

  /** Publishes up to one batch under the relay lock; returns how many rows were published. */
  int publishBatch() throws SQLException, InterruptedException, ExecutionException, TimeoutException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        try (Statement s = c.createStatement()) {
          s.execute("select pg_advisory_xact_lock(" + RELAY_LOCK + ")");
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select seq, topic, msg_key, payload, "
            + "extract(epoch from clock_timestamp() - created_at) * 1000 from kam_outbox "
            + "where published_at is null order by seq limit ?")) {
          q.setInt(1, batchSize);
          try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
              rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
            }
          }
        }
        if (rows.isEmpty()) {
          c.commit();
          return 0;
        }
        KafkaProducer<String, byte[]> p = producer();
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        for (Row row : rows) {
          ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic, row.key,
              row.payload.getBytes(StandardCharsets.UTF_8));
          record.headers().add(new RecordHeader("content-type",
              io.kam.platform.events.CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
          sends.add(p.send(record));
        }
        p.flush();
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        int sent = 0;
        Exception failure = null;
        for (Future<RecordMetadata> f : sends) {
          try {
            f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            sent++;
          } catch (ExecutionException | TimeoutException e) {
            failure = e;
            break;
          }
        }
        // only the prefix that was acknowledged is marked: the rest goes out again, in order
        if (sent > 0) {
          // by explicit sequence numbers: a row that committed after our select must not be marked unsent-but-done
          Long[] seqs = new Long[sent];
          for (int i = 0; i < sent; i++) {
            seqs[i] = rows.get(i).seq;
          }
          try (PreparedStatement u = c.prepareStatement(
              "update kam_outbox set published_at = clock_timestamp(), attempts = attempts + 1 where seq = any(?)")) {
            u.setArray(1, c.createArrayOf("bigint", seqs));
            u.executeUpdate();
          }
        }
        c.commit();
        for (int i = 0; i < sent; i++) {
          lag.record(Duration.ofNanos((long) (rows.get(i).ageMs * 1_000_000)));
        }
        published.increment(sent);
        lastSuccess.set(System.currentTimeMillis());
        if (failure != null) {
          throw new IllegalStateException("Kafka did not acknowledge an event: " + failure.getMessage(), failure);
        }
        return sent;
      } catch (SQLException | RuntimeException | InterruptedException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }

  private synchronized KafkaProducer<String, byte[]> producer() {
    if (producer == null) {
      Properties props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      props.put(ProducerConfig.CLIENT_ID_CONFIG, "kam-outbox-" + serviceName);
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
      props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
      props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
      props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(sendTimeout.toMillis()));
      props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.min(5000, sendTimeout.toMillis())));
      props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(sendTimeout.toMillis()));
      producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }
    return producer;
  }

  private synchronized void closeProducer() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(1));
      producer = null;
    }
  }

  /** LISTEN on a dedicated connection, so a commit in another replica wakes this relay too. */
  private void listen() {
    while (running) {
      try (Connection c = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword)) {
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + Outbox.NOTIFY_CHANNEL);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(1000);
          if (notifications != null && notifications.length > 0) {
            signal.release();
          }
        }
      } catch (SQLException e) {
        if (running) {
          LOG.debugf("outbox LISTEN connection lost, reconnecting: %s", e.getMessage());
          try {
            Thread.sleep(1000);
          } catch (InterruptedException ie) {
            return;
          }
        }
      }
    }
  }

  private record Row(long seq, String topic, String key, String payload, double ageMs) {
  }
}
