package io.kam.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.kam.testsupport.KamInfra;
import io.kam.testsupport.Ports;
import io.kam.testsupport.Reaper;

/**
 * The built services as separate JVMs (their {@code quarkus-run.jar}) on this JVM's real PostgreSQL and
 * Kafka, with the gateway in front in its {@code local} profile (demo users). Each child is tied to this
 * JVM by a reaper, so none outlives the test run.
 */
final class KamSystem implements AutoCloseable {

  record Service(String name, String module, String database) {
  }

  static final List<Service> SERVICES = List.of(
      new Service("screening", "screening-service", "screening"),
      new Service("credit", "credit-service", "credit"),
      new Service("gateway", "api-gateway", null));

  private final Path root = Path.of(System.getProperty("kam.repo.root", "..")).toAbsolutePath();
  private final Path work = root.resolve("system-tests/target/system");
  private final Map<String, Integer> ports = new LinkedHashMap<>();
  private final Map<String, Process> processes = new LinkedHashMap<>();
  private final List<Process> reapers = new ArrayList<>();
  private final Map<String, String> gatewayEnv = new LinkedHashMap<>();
  private Path publicKey;
  private Path privateKey;

  /** Extra environment for the gateway (e.g. a higher rate limit for a benchmark). */
  KamSystem withGatewayEnv(String name, String value) {
    gatewayEnv.put(name, value);
    return this;
  }

  KamSystem start() {
    KamInfra.ensure("kam");
    try {
      Files.createDirectories(work);
      publicKey = copyResource("kam-test-jwt/publicKey.pem");
      privateKey = copyResource("kam-test-jwt/privateKey.pem");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Service s : SERVICES) {
      ports.put(s.name(), Ports.free());
    }
    for (Service s : SERVICES) {
      launch(s);
    }
    for (Service s : SERVICES) {
      awaitReady(s.name());
    }
    return this;
  }

  int port(String name) {
    return ports.get(name);
  }

  String gateway() {
    return "http://127.0.0.1:" + port("gateway");
  }

  void kill(String name) {
    Process p = processes.get(name);
    p.destroyForcibly();
    try {
      p.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void restart(String name) {
    launch(SERVICES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow());
    awaitReady(name);
  }

  private void launch(Service s) {
    Path jar = root.resolve(s.module()).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is not built; run ./mvnw verify from the repository root");
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-Djava.io.tmpdir=" + work, "-Dquarkus.http.port=" + port(s.name())));
    ProcessBuilder pb = new ProcessBuilder();
    Map<String, String> env = pb.environment();
    env.put("KAFKA_BOOTSTRAP_SERVERS", KamInfra.kafkaBootstrap());
    env.put("KAM_JWT_PUBLIC_KEY", "file:" + publicKey);
    env.put("KAM_JWT_PRIVATE_KEY", "file:" + privateKey);
    if (s.database() != null) {
      env.put("KAM_DB_URL", KamInfra.ensure(s.database()));
      env.put("KAM_DB_USER", KamInfra.user());
      env.put("KAM_DB_PASSWORD", KamInfra.password());
    } else {
      command.add("-Dquarkus.profile=local");
      env.put("KAM_SCREENING_URL", "http://127.0.0.1:" + port("screening"));
      env.put("KAM_CREDIT_URL", "http://127.0.0.1:" + port("credit"));
      // services not built yet: a closed port, so their parts show as unavailable
      int closed = Ports.free();
      env.put("KAM_VISITS_URL", "http://127.0.0.1:" + closed);
      env.put("KAM_SUGGESTIONS_URL", "http://127.0.0.1:" + closed);
      env.put("KAM_SERVICES_URL", "http://127.0.0.1:" + closed);
      env.putAll(gatewayEnv);
    }
    command.add("-jar");
    command.add(jar.toString());
    pb.command(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(s.name() + ".log").toFile()));
    try {
      Process p = pb.start();
      processes.put(s.name(), p);
      reapers.add(Reaper.watch(p.pid()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady(String name) {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!processes.get(name).isAlive()) {
        throw new IllegalStateException(name + " exited; see " + work.resolve(name + ".log"));
      }
      try {
        var response = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port(name) + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
            java.net.http.HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(name + " not ready after 120 s; see " + work.resolve(name + ".log"));
  }

  private Path copyResource(String resource) throws IOException {
    Path target = work.resolve(Path.of(resource).getFileName());
    try (InputStream in = KamSystem.class.getClassLoader().getResourceAsStream(resource)) {
      Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  @Override
  public void close() {
    for (Process p : processes.values()) {
      p.destroy();
    }
    for (Process p : processes.values()) {
      try {
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    reapers.forEach(Process::destroy);
  }
}
