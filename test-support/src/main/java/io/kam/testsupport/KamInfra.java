package io.kam.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Real PostgreSQL and Kafka for one test JVM, started at most once per JVM and stopped when it exits.
 *
 * <p>Quarkus loads test resources in a fresh class loader per application start, so the "started"
 * state lives in system properties, not in statics. Environment variables name existing servers to use
 * instead: {@code KAM_TEST_PG_URL} (e.g. {@code jdbc:postgresql://localhost:5432/}), {@code KAM_TEST_PG_USER},
 * {@code KAM_TEST_PG_PASSWORD} and {@code KAM_TEST_KAFKA_BOOTSTRAP}.
 */
public final class KamInfra {

  public static final String PG_URL = "kam.infra.pg.url";
  public static final String PG_USER = "kam.infra.pg.user";
  public static final String PG_PASSWORD = "kam.infra.pg.password";
  public static final String KAFKA_BOOTSTRAP = "kam.infra.kafka.bootstrap";
  /** Set when this JVM started the broker itself (tests that stop and restart it need that). */
  public static final String KAFKA_OWNED = "kam.infra.kafka.owned";
  private static final String KAFKA_CONTROL = "io.kam.testsupport:type=KafkaBroker";

  private static KafkaBroker ownBroker;

  private KamInfra() {
  }

  /** Starts (or finds) the servers and returns a JDBC URL for {@code database}, creating it if missing. */
  public static synchronized String ensure(String database) {
    if (System.getProperty(PG_URL) == null) {
      startPostgres();
    }
    if (System.getProperty(KAFKA_BOOTSTRAP) == null) {
      startKafka();
    }
    createDatabase(database);
    return System.getProperty(PG_URL) + database;
  }

  public static String kafkaBootstrap() {
    return System.getProperty(KAFKA_BOOTSTRAP);
  }

  public static String user() {
    return System.getProperty(PG_USER);
  }

  public static String password() {
    return System.getProperty(PG_PASSWORD);
  }

  /**
   * The broker this JVM started, or null when an external one is used; only reachable from the class
   * loader that started it. Tests in other class loaders use {@link #stopKafka} and {@link #restartKafka}.
   */
  public static synchronized KafkaBroker ownBroker() {
    return ownBroker;
  }

  /** Stops this JVM's broker (controlled shutdown); false when the broker is external. */
  public static boolean stopKafka() {
    return control("stop");
  }

  /** Starts this JVM's broker again on the same port and data. */
  public static boolean restartKafka() {
    return control("restart");
  }

  private static boolean control(String action) {
    // the broker is registered with JMX, which every class loader of this JVM reaches by name
    try {
      javax.management.MBeanServer server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
      javax.management.ObjectName name = new javax.management.ObjectName(KAFKA_CONTROL);
      if (!server.isRegistered(name)) {
        return false;
      }
      server.invoke(name, action, new Object[0], new String[0]);
      return true;
    } catch (javax.management.JMException e) {
      throw new IllegalStateException("cannot " + action + " the test broker", e);
    }
  }

  static Path workDir() {
    String dir = System.getProperty("kam.test.workdir");
    return Path.of(dir != null ? dir : "target/kam-infra").toAbsolutePath();
  }

  private static void startPostgres() {
    String external = System.getenv("KAM_TEST_PG_URL");
    if (external != null && !external.isBlank()) {
      System.setProperty(PG_URL, external.endsWith("/") ? external : external + "/");
      System.setProperty(PG_USER, envOr("KAM_TEST_PG_USER", "postgres"));
      System.setProperty(PG_PASSWORD, envOr("KAM_TEST_PG_PASSWORD", "postgres"));
      return;
    }
    Path work = workDir().resolve("postgres");
    EmbeddedPostgresServer server = EmbeddedPostgresServer.start(work, work.resolve("data"), false, 0);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "kam-postgres-stop"));
    System.setProperty(PG_URL, server.baseUrl());
    System.setProperty(PG_USER, "postgres");
    System.setProperty(PG_PASSWORD, "postgres");
  }

  private static void startKafka() {
    String external = System.getenv("KAM_TEST_KAFKA_BOOTSTRAP");
    if (external != null && !external.isBlank()) {
      System.setProperty(KAFKA_BOOTSTRAP, external);
      return;
    }
    Path work = workDir().resolve("kafka");
    KafkaBroker broker = KafkaBroker.start(work, work.resolve("data-" + ProcessHandle.current().pid()), 0, 3);
    ownBroker = broker;
    Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kam-kafka-stop"));
    System.setProperty(KAFKA_BOOTSTRAP, broker.bootstrapServers());
    System.setProperty(KAFKA_OWNED, "true");
    try {
      java.lang.management.ManagementFactory.getPlatformMBeanServer().registerMBean(new javax.management.StandardMBean(new KafkaControl(broker), KafkaControlMBean.class),
          new javax.management.ObjectName(KAFKA_CONTROL));
    } catch (javax.management.JMException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void createDatabase(String database) {
    if (!database.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("database name must be lower-case letters, digits and _: " + database);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try (Connection c = DriverManager.getConnection(System.getProperty(PG_URL) + "postgres", user(), password())) {
        try (PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
          q.setString(1, database);
          try (ResultSet rs = q.executeQuery()) {
            if (rs.next()) {
              return;
            }
          }
        }
        try (Statement s = c.createStatement()) {
          s.execute("create database " + database);
        }
        return;
      } catch (SQLException e) {
        if ("42P04".equals(e.getSQLState())) {
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("cannot create database " + database, e);
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(ie);
        }
      }
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** The registered control of this JVM's broker. */
  public static final class KafkaControl implements KafkaControlMBean {
    private final KafkaBroker broker;

    KafkaControl(KafkaBroker broker) {
      this.broker = broker;
    }

    @Override
    public void stop() {
      broker.stop(Duration.ofSeconds(30));
    }

    @Override
    public void restart() {
      broker.restart();
    }
  }
}
