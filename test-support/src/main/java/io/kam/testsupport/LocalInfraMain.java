package io.kam.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure of {@code deploy/local}: a real PostgreSQL with one database per service and a real
 * Kafka broker, both keeping their data under the given folder, both stopped when this process gets
 * SIGTERM (or dies: they are tied to it). Writes {@code <run>/infra.ready} once both accept connections.
 *
 * <p>Arguments: {@code --data DIR --run DIR --pg-port N --kafka-port N --databases a,b,c}
 */
public final class LocalInfraMain {

  private LocalInfraMain() {
  }

  public static void main(String[] args) throws Exception {
    Path data = Path.of(arg(args, "--data", "deploy/local/.data")).toAbsolutePath();
    Path run = Path.of(arg(args, "--run", "deploy/local/.run")).toAbsolutePath();
    int pgPort = Integer.parseInt(arg(args, "--pg-port", "15432"));
    int kafkaPort = Integer.parseInt(arg(args, "--kafka-port", "19092"));
    List<String> databases = Arrays.asList(arg(args, "--databases", "kam").split(","));
    Path ready = run.resolve("infra.ready");
    Files.deleteIfExists(ready);

    EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(run.resolve("postgres"),
        data.resolve("postgres"), true, pgPort);
    KafkaBroker kafka;
    try {
      kafka = KafkaBroker.start(run.resolve("kafka"), data.resolve("kafka"), kafkaPort, kafkaPort + 1, 3);
    } catch (RuntimeException e) {
      postgres.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        Files.deleteIfExists(ready);
      } catch (Exception ignored) {
        // best effort
      }
      kafka.stop(Duration.ofSeconds(30));
      postgres.close();
      stopped.countDown();
    }, "kam-local-infra-stop"));

    String base = postgres.baseUrl();
    try (Connection c = DriverManager.getConnection(base + "postgres", "postgres", "postgres")) {
      for (String db : databases) {
        if (!db.matches("[a-z][a-z0-9_]*")) {
          throw new IllegalArgumentException("bad database name " + db);
        }
        try (PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
          q.setString(1, db);
          try (ResultSet rs = q.executeQuery()) {
            if (!rs.next()) {
              try (Statement s = c.createStatement()) {
                s.execute("create database " + db);
              }
            }
          }
        }
      }
    }
    Files.writeString(ready, "postgres=" + base + "\nkafka=" + kafka.bootstrapServers() + "\n");
    System.out.println("KAM local infrastructure ready: PostgreSQL " + base + " (databases " + databases
        + "), Kafka " + kafka.bootstrapServers());
    stopped.await();
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
