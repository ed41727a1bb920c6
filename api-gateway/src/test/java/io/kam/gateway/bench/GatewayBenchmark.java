package io.kam.gateway.bench;

import java.io.File;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.kam.testsupport.TestTokens;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Gateway overhead on loopback: the same GET and POST sent straight to a downstream and through the gateway (the
 * built jar, started here as a child process), closed loop with a fixed concurrency, bounded in time and count.
 * The downstream is a small Vert.x JSON server started in this JVM, not a real KAM service. Run by benchmarks/gateway.sh.
 */
public final class GatewayBenchmark {

  private static final List<Integer> CONCURRENCY = Arrays.stream(System.getProperty("bench.concurrency", "1,16")
      .split(",")).map(String::trim).map(Integer::valueOf).toList();
  private static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 2));
  private static final Duration GATEWAY_WARMUP = Duration.ofSeconds(Integer.getInteger("bench.gatewayWarmupSeconds",
      8));
  private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 6));
  private static final int MAX_REQUESTS = Integer.getInteger("bench.maxRequests", 400_000);
  private static final String ACCOUNT = "6f1c2a9e-4b7d-4c1e-9a52-0d3e8f7b1a20";
  private static final String POST_BODY = new JsonObject().put("name", "Shanghai Steel Co.")
      .put("creditCode", "91310000MA1FL0XX3K").put("industry", "steel").put("orgUnit", "HQ/EAST/SH")
      .put("annualSales", 12500000).encode();

  record Result(String name, String method, String via, int concurrency, long requests, long errors, double seconds, double rps, double p50ms, double p90ms,
      double p99ms, double maxMs) {
  }

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args.length > 0 ? args[0] : "api-gateway/target/quarkus-app/quarkus-run.jar");
    Path out = Path.of(args.length > 1 ? args[1] : "benchmarks/results");
    Files.createDirectories(out);
    Vertx vertx = Vertx.vertx();
    int downstreamPort = startDownstream(vertx);
    int gatewayPort = freePort();
    Path keys = Files.createTempDirectory("kam-bench-keys");
    Path publicKey = copyResource("kam-test-jwt/publicKey.pem", keys);
    // the gateway's own log goes next to the jar (target/), not among the results
    Process gateway = startGateway(jar, gatewayPort, downstreamPort, publicKey,
        jar.toAbsolutePath().getParent().getParent().resolve("bench-gateway.log"));
    try {
      waitReady(gatewayPort);
      String token = TestTokens.token("bench.user", "HQ/EAST/SH", "rep");
      int maxConcurrency = CONCURRENCY.stream().max(Integer::compare).orElse(1);
      var client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
          new PoolOptions().setHttp1MaxSize(maxConcurrency));
      String loadBefore = loadAverage();
      // a freshly started gateway JVM is still compiling: warm both paths up before anything is measured
      for (String method : List.of("GET", "POST")) {
        run(client, gatewayPort, method, "gateway", maxConcurrency, token, GATEWAY_WARMUP);
      }
      List<Result> results = new ArrayList<>();
      for (int concurrency : CONCURRENCY) {
        for (String method : List.of("GET", "POST")) {
          for (String via : List.of("direct", "gateway")) {
            int port = via.equals("direct") ? downstreamPort : gatewayPort;
            run(client, port, method, via, concurrency, token, WARMUP);
            results.add(run(client, port, method, via, concurrency, token, MEASURE));
            System.out.println(results.get(results.size() - 1));
          }
        }
      }
      write(out, results, loadBefore, loadAverage());
    } finally {
      gateway.destroy();
      if (!gateway.waitFor(10, TimeUnit.SECONDS)) {
        gateway.destroyForcibly();
      }
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  private static Result run(io.vertx.core.http.HttpClient client, int port, String method, String via,
      int concurrency, String token, Duration duration) throws Exception {
    long[] latencies = new long[MAX_REQUESTS];
    long[] count = {0};
    long[] errors = {0};
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    Object lock = new Object();
    List<CompletableFuture<Void>> workers = new ArrayList<>();
    for (int i = 0; i < concurrency; i++) {
      CompletableFuture<Void> done = new CompletableFuture<>();
      workers.add(done);
      Runnable[] next = new Runnable[1];
      next[0] = () -> {
        synchronized (lock) {
          if (System.nanoTime() >= deadline || count[0] + errors[0] >= MAX_REQUESTS) {
            done.complete(null);
            return;
          }
        }
        long sent = System.nanoTime();
        RequestOptions options = new RequestOptions().setHost("127.0.0.1").setPort(port)
            .setMethod(HttpMethod.valueOf(method)).putHeader("Authorization", "Bearer " + token)
            .setURI(method.equals("GET") ? "/api/v1/screening/customers/" + ACCOUNT : "/api/v1/screening/customers");
        var response = client.request(options).compose(request -> method.equals("GET") ? request.send()
            : request.putHeader("Content-Type", "application/json").send(Buffer.buffer(POST_BODY)));
        response.compose(r -> r.body().map(b -> r.statusCode())).onComplete(ar -> {
          long took = System.nanoTime() - sent;
          synchronized (lock) {
            boolean ok = ar.succeeded() && (ar.result() == 200 || ar.result() == 201);
            if (ok && count[0] < latencies.length) {
              latencies[(int) count[0]++] = took;
            } else {
              errors[0]++;
            }
          }
          next[0].run();
        });
      };
      next[0].run();
    }
    CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get(duration.toSeconds() + 30,
        TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] sorted = Arrays.copyOf(latencies, (int) count[0]);
    Arrays.sort(sorted);
    return new Result(method + " " + via + " c" + concurrency, method, via, concurrency, count[0], errors[0], round(seconds), round(count[0] / seconds), ms(sorted, 0.50),
        ms(sorted, 0.90), ms(sorted, 0.99), sorted.length == 0 ? 0 : round(sorted[sorted.length - 1] / 1e6));
  }

  private static double ms(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    return round(sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static int startDownstream(Vertx vertx) throws Exception {
    JsonObject customer = new JsonObject().put("id", ACCOUNT).put("name", "Shanghai Steel Co.")
        .put("status", "KEY_ACCOUNT").put("orgUnit", "HQ/EAST/SH").put("repId", "rep.sh").put("keyAccount", true)
        .put("classification", new JsonObject().put("productCategory", "steel").put("customerNature", "state-owned")
            .put("serviceContent", new JsonArray().add("expedited-supply")));
    Buffer getBody = customer.toBuffer();
    return vertx.createHttpServer().requestHandler(request -> {
      if (request.method() == HttpMethod.POST) {
        request.body().onSuccess(body -> request.response().setStatusCode(201)
            .putHeader("Content-Type", "application/json")
            .putHeader("Location", "/api/v1/screening/customers/" + ACCOUNT)
            .end(body.toJsonObject().put("id", ACCOUNT).toBuffer()));
      } else {
        request.response().putHeader("Content-Type", "application/json").end(getBody);
      }
    }).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get().actualPort();
  }

  private static Process startGateway(Path jar, int port, int downstreamPort, Path publicKey, Path log)
      throws Exception {
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: ./mvnw -pl api-gateway package -DskipTests");
    }
    String downstream = "http://127.0.0.1:" + downstreamPort;
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m"));
    String extra = System.getProperty("bench.gatewayJvmArgs", "").trim();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    command.addAll(List.of(
        "-Dquarkus.http.port=" + port,
        "-Dquarkus.http.host=127.0.0.1",
        "-Dkam.gateway.services.screening.url=" + downstream,
        "-Dmp.jwt.verify.publickey.location=" + publicKey.toUri(),
        "-Dkam.gateway.rate-limit.capacity=100000000",
        "-Dkam.gateway.rate-limit.refill-per-second=100000000",
        "-Dquarkus.log.level=WARN",
        "-jar", jar.toString()));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static void waitReady(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant until = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(until)) {
      try {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/live"))
            .build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not up yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("gateway did not start; see api-gateway/target/bench-gateway.log");
  }

  private static Path copyResource(String name, Path dir) throws Exception {
    Path target = dir.resolve(new File(name).getName());
    try (InputStream in = GatewayBenchmark.class.getClassLoader().getResourceAsStream(name)) {
      Files.copy(in, target);
    }
    return target;
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static void write(Path out, List<Result> results, String loadBefore, String loadAfter) throws Exception {
    Map<String, Result> byName = new LinkedHashMap<>();
    results.forEach(r -> byName.put(r.name(), r));
    int cpus = Runtime.getRuntime().availableProcessors();
    JsonObject json = new JsonObject()
        .put("benchmark", "api-gateway overhead")
        .put("measuredAt", Instant.now().toString())
        .put("setup", new JsonObject()
            .put("downstream", "small Vert.x JSON server in the benchmark JVM (not a real KAM service): GET returns "
                + "a ~330-byte customer, POST echoes the body with 201 + Location")
            .put("gateway", "the built quarkus-run.jar, JVM mode, -Xmx256m, JWT verified on every request")
            .put("network", "loopback 127.0.0.1")
            .put("concurrency", new JsonArray(new ArrayList<>(CONCURRENCY)))
            .put("gatewayWarmupSecondsPerMethod", GATEWAY_WARMUP.toSeconds())
            .put("warmupSeconds", WARMUP.toSeconds())
            .put("measureSeconds", MEASURE.toSeconds())
            .put("maxRequestsPerRun", MAX_REQUESTS)
            .put("cpus", cpus)
            .put("loadAverageBefore", loadBefore)
            .put("loadAverageAfter", loadAfter)
            .put("note", "load generator, downstream and gateway share the same machine and its cores; other "
                + "processes running at the time count too (see the load averages)"));
    JsonArray runs = new JsonArray();
    results.forEach(r -> runs.add(JsonObject.mapFrom(r)));
    json.put("runs", runs);
    StringBuilder md = new StringBuilder("# API gateway overhead (loopback)\n\n")
        .append("Measured ").append(json.getString("measuredAt")).append(" by `benchmarks/gateway.sh`. ")
        .append("Downstream: a small Vert.x JSON echo server (not a real KAM service). ")
        .append("Closed loop with ").append(CONCURRENCY).append(" concurrent connections; ")
        .append(GATEWAY_WARMUP.toSeconds()).append(" s gateway warm-up per method, then ")
        .append(WARMUP.toSeconds()).append(" s warm-up + ").append(MEASURE.toSeconds())
        .append(" s measured per run. Load generator, downstream and gateway share ").append(cpus)
        .append(" cores; load average before/after: `").append(loadBefore).append("` / `").append(loadAfter)
        .append("`.\n\n")
        .append("| run | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|\n");
    for (Result r : results) {
      md.append(String.format("| %s | %d | %d | %.0f | %.2f | %.2f | %.2f | %.1f |%n", r.name(), r.requests(),
          r.errors(), r.rps(), r.p50ms(), r.p90ms(), r.p99ms(), r.maxMs()));
    }
    md.append("\n| method, connections | added p50 ms | added p99 ms | throughput gateway/direct |\n|---|---|---|---|\n");
    JsonArray overhead = new JsonArray();
    for (int concurrency : CONCURRENCY) {
      for (String method : List.of("GET", "POST")) {
        Result direct = byName.get(method + " direct c" + concurrency);
        Result via = byName.get(method + " gateway c" + concurrency);
        JsonObject o = new JsonObject()
            .put("method", method)
            .put("concurrency", concurrency)
            .put("addedP50Ms", round(via.p50ms() - direct.p50ms()))
            .put("addedP99Ms", round(via.p99ms() - direct.p99ms()))
            .put("throughputRatio", round(via.rps() / direct.rps()));
        overhead.add(o);
        md.append(String.format("| %s, %d | %.2f | %.2f | %.2f |%n", method, concurrency, o.getDouble("addedP50Ms"),
            o.getDouble("addedP99Ms"), o.getDouble("throughputRatio")));
      }
    }
    json.put("overhead", overhead);
    Files.writeString(out.resolve("gateway.json"), json.encodePrettily() + "\n");
    Files.writeString(out.resolve("gateway.md"), md.toString());
    System.out.println(md);
  }
}
