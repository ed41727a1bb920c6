package io.kam.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft Kafka broker (the {@code kafka_2.13} server from Maven Central) run as a
 * child JVM on the classpath that the kam-kafka-broker module wrote at build time. The child halts when
 * our end of its stdin pipe closes, so it cannot outlive this JVM.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final String CLASSPATH_RESOURCE = "kam-infra/kafka-broker.classpath";
  private static final String MAIN = "io.kam.kafkabroker.KafkaBrokerMain";

  private final List<String> command;
  private final Path workDir;
  private final int port;
  private final Path pidFile;
  private Process process;

  private KafkaBroker(List<String> command, Path workDir, int port, Path pidFile) {
    this.command = command;
    this.workDir = workDir;
    this.port = port;
    this.pidFile = pidFile;
  }

  /**
   * @param workDir  folder for properties, logs and (unless {@code dataDir} says otherwise) data
   * @param dataDir  the broker's log.dirs; kept between runs when the caller keeps it
   * @param port     client port, 0 for any free port
   * @param partitions default partition count of auto-created topics
   */
  public static KafkaBroker start(Path workDir, Path dataDir, int port, int partitions) {
    return start(workDir, dataDir, port, 0, partitions);
  }

  /** As {@link #start(Path, Path, int, int)} with a fixed controller port (0 = any), for a broker whose data is kept. */
  public static KafkaBroker start(Path workDir, Path dataDir, int port, int controllerPortWanted, int partitions) {
    try {
      Files.createDirectories(workDir);
      Files.createDirectories(dataDir);
      Path pidFile = workDir.resolve("kafka.pid");
      Reaper.killLeftover(pidFile);
      int clientPort = port > 0 ? port : Ports.free();
      int controllerPort = controllerPortWanted > 0 ? controllerPortWanted : Ports.free();
      Path properties = workDir.resolve("server.properties");
      Files.writeString(properties, String.join("\n",
          "process.roles=broker,controller",
          "node.id=1",
          "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
          "listeners=PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
          "advertised.listeners=PLAINTEXT://127.0.0.1:" + clientPort,
          "controller.listener.names=CONTROLLER",
          "inter.broker.listener.name=PLAINTEXT",
          "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
          "log.dirs=" + dataDir.toAbsolutePath(),
          "num.partitions=" + partitions,
          "auto.create.topics.enable=true",
          "offsets.topic.replication.factor=1",
          "offsets.topic.num.partitions=5",
          "transaction.state.log.replication.factor=1",
          "transaction.state.log.min.isr=1",
          "share.coordinator.state.topic.replication.factor=1",
          "share.coordinator.state.topic.min.isr=1",
          "group.initial.rebalance.delay.ms=0",
          "log.retention.hours=168",
          "") );
      Path log4j = workDir.resolve("log4j2.properties");
      Files.writeString(log4j, String.join("\n",
          "status=warn",
          "appender.file.type=File",
          "appender.file.name=file",
          "appender.file.fileName=" + workDir.toAbsolutePath().resolve("broker.log"),
          "appender.file.layout.type=PatternLayout",
          "appender.file.layout.pattern=%d %p [%c] %m%n",
          "rootLogger.level=warn",
          "rootLogger.appenderRef.file.ref=file",
          ""));
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xms64m");
      command.add("-Xmx512m");
      command.add("-XX:+UseSerialGC");
      command.add("-Djava.io.tmpdir=" + workDir.toAbsolutePath());
      command.add("-Dlog4j2.configurationFile=" + log4j.toAbsolutePath());
      command.add("-Dkafka.logs.dir=" + workDir.toAbsolutePath());
      command.add("-cp");
      command.add(brokerClasspath());
      command.add(MAIN);
      command.add(properties.toAbsolutePath().toString());
      command.add(clusterId(workDir));
      KafkaBroker broker = new KafkaBroker(List.copyOf(command), workDir, clientPort, pidFile);
      broker.launch();
      return broker;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the Kafka broker", e);
    }
  }

  private void launch() {
    try {
      process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("broker.out").toFile()))
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the Kafka broker", e);
    }
    Reaper.writePid(pidFile, process.pid());
    try {
      Ports.await("127.0.0.1", port, Duration.ofSeconds(90), process);
    } catch (RuntimeException e) {
      process.destroyForcibly();
      throw new IllegalStateException(e.getMessage() + "; see " + workDir.resolve("broker.out"), e);
    }
  }

  /** Starts the broker again on the same port and data after {@link #stop} or {@link #close}. */
  public void restart() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("broker still running");
    }
    launch();
  }

  private static String clusterId(Path workDir) throws IOException {
    Path file = workDir.resolve("cluster.id");
    if (Files.exists(file)) {
      String existing = Files.readString(file).trim();
      if (!existing.startsWith("-")) {
        return existing;
      }
    }
    String id = newClusterId();
    Files.writeString(file, id);
    return id;
  }

  /** A random KRaft cluster id (base64url of 16 bytes) that the storage tool cannot mistake for an option. */
  static String newClusterId() {
    String id;
    do {
      UUID uuid = UUID.randomUUID();
      byte[] bytes = java.nio.ByteBuffer.allocate(16)
          .putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
      id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    } while (id.startsWith("-"));
    return id;
  }

  /** The broker's classpath plus the launcher's own jar or class folder. */
  static String brokerClasspath() throws IOException {
    URL resource = KafkaBroker.class.getClassLoader().getResource(CLASSPATH_RESOURCE);
    if (resource == null) {
      throw new IllegalStateException(CLASSPATH_RESOURCE + " not on the classpath: add io.kam:kam-kafka-broker");
    }
    String classpath;
    try (InputStream in = resource.openStream()) {
      classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
    return classpath + java.io.File.pathSeparator + codeSource(resource);
  }

  private static String codeSource(URL resource) {
    String url = resource.toString();
    try {
      if (url.startsWith("jar:")) {
        String jar = url.substring("jar:".length(), url.indexOf("!/"));
        return Path.of(new URL(jar).toURI()).toString();
      }
      Path file = Path.of(resource.toURI());
      return file.getParent().getParent().toString();
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot locate the broker launcher from " + url, e);
    }
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Graceful stop (SIGTERM, controlled shutdown), then a kill after the timeout. */
  public void stop(Duration timeout) {
    process.destroy();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException ignored) {
      // nothing left to stop
    }
  }

  /** Immediate stop: closing the pipe makes the child halt at once. */
  @Override
  public void close() {
    try {
      process.getOutputStream().close();
    } catch (IOException ignored) {
      // already closed
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    try {
      Files.deleteIfExists(pidFile);
    } catch (IOException ignored) {
      // nothing left to stop
    }
  }
}
