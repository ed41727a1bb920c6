package io.kam.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The same GET and POST against a real KAM service (screening, with its database, token check and audit)
 * directly and through the gateway, in one run, closed loop. Not part of {@code ./mvnw verify}: run
 * {@code benchmarks/gateway-real.sh}. Writes {@code benchmarks/results/gateway-real-service.json|md};
 * asserts only that no request failed.
 */
class GatewayRealServiceBenchmark {

  private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 3));
  private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 6));
  private static final int[] CONCURRENCY = {1, 8};

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void measure() throws Exception {
    // the per-user rate limit would otherwise be what is measured
    try (KamSystem system = new KamSystem().withGatewayEnv("KAM_RATE_LIMIT_PER_SECOND", "1000000")
        .withGatewayEnv("KAM_RATE_LIMIT_BURST", "1000000").start()) {
      String token = login(system);
      String direct = "http://127.0.0.1:" + system.port("screening");
      String gateway = system.gateway();
      String customer = createCustomer(gateway, token);
      String get = "/api/v1/screening/customers/" + customer;
      String post = "/api/v1/screening/customers/" + customer + "/needs-analyses";
      String body = "{\"needs\":[{\"category\":\"technical\",\"description\":\"custom packaging\",\"priority\":\"HIGH\"}],"
          + "\"salesOpportunities\":[{\"description\":\"holiday gifts\",\"estimatedValue\":800000}]}";

      Map<String, Object> runs = new LinkedHashMap<>();
      List<String> rows = new ArrayList<>();
      List<String> summary = new ArrayList<>();
      for (int c : CONCURRENCY) {
        for (String method : List.of("GET", "POST")) {
          String path = method.equals("GET") ? get : post;
          Run d = load(direct + path, method, body, token, c);
          Run g = load(gateway + path, method, body, token, c);
          runs.put(method + " direct c" + c, d.figures());
          runs.put(method + " gateway c" + c, g.figures());
          rows.add(d.row(method + " direct c" + c));
          rows.add(g.row(method + " gateway c" + c));
          summary.add(String.format("| %s, %d | %.2f | %.2f | %.2f |", method, c, g.p(50) - d.p(50), g.p(99) - d.p(99),
              g.perSecond() / d.perSecond()));
        }
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("measuredAt", Instant.now().toString());
      out.put("service", "screening-service (real: PostgreSQL, JWT verification, audit) and api-gateway, built jars");
      out.put("loop", "closed loop, JDK HttpClient, warm-up " + WARM_UP.toSeconds() + " s, measured " + MEASURE.toSeconds() + " s");
      out.put("runs", runs);
      Path dir = Path.of(System.getProperty("kam.repo.root", "..")).resolve("benchmarks/results");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("gateway-real-service.json"),
          new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n");
      Files.writeString(dir.resolve("gateway-real-service.md"), String.join("\n",
          "# Gateway overhead in front of a real KAM service (" + out.get("measuredAt") + ")",
          "",
          "`benchmarks/gateway-real.sh`: GET `/api/v1/screening/customers/{id}` and POST `…/needs-analyses` (a write with "
              + "its audit row), straight to screening-service and through api-gateway, same token, both built jars "
              + "on embedded PostgreSQL and Kafka, 2 cores shared by load generator, gateway, service and database.",
          "",
          "| run | requests | errors | req/s | p50 ms | p99 ms |",
          "|---|---|---|---|---|---|",
          String.join("\n", rows),
          "",
          "| method, connections | added p50 ms | added p99 ms | throughput gateway/direct |",
          "|---|---|---|---|",
          String.join("\n", summary),
          ""));
      System.out.println(Files.readString(dir.resolve("gateway-real-service.md")));
    }
  }

  private Run load(String url, String method, String body, String token, int concurrency) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      runFor(pool, url, method, body, token, concurrency, WARM_UP, null);
      List<long[]> samples = new ArrayList<>();
      AtomicLong errors = new AtomicLong();
      long start = System.nanoTime();
      List<long[]> perThread = runFor(pool, url, method, body, token, concurrency, MEASURE, errors);
      double seconds = (System.nanoTime() - start) / 1e9;
      samples.addAll(perThread);
      long total = samples.stream().mapToLong(a -> a.length).sum();
      long[] all = new long[(int) total];
      int i = 0;
      for (long[] a : samples) {
        System.arraycopy(a, 0, all, i, a.length);
        i += a.length;
      }
      Arrays.sort(all);
      assertEquals(0, errors.get(), "no request failed");
      return new Run(all, seconds, errors.get());
    } finally {
      pool.shutdownNow();
    }
  }

  private List<long[]> runFor(ExecutorService pool, String url, String method, String body, String token, int concurrency,
      Duration duration, AtomicLong errors) throws Exception {
    long end = System.nanoTime() + duration.toNanos();
    List<Future<long[]>> futures = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      futures.add(pool.submit(() -> {
        long[] lat = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < end) {
          HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
              .timeout(Duration.ofSeconds(10));
          b = method.equals("GET") ? b.GET()
              : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
          long t0 = System.nanoTime();
          HttpResponse<Void> r = http.send(b.build(), HttpResponse.BodyHandlers.discarding());
          long t1 = System.nanoTime();
          if (r.statusCode() >= 400 && errors != null && errors.incrementAndGet() == 1) {
            System.err.println("first failure: " + method + " " + url + " -> " + r.statusCode());
          } else if (r.statusCode() >= 400 && errors != null) {
            errors.incrementAndGet();
          }
          if (n == lat.length) {
            lat = Arrays.copyOf(lat, n * 2);
          }
          lat[n++] = t1 - t0;
        }
        return Arrays.copyOf(lat, n);
      }));
    }
    List<long[]> out = new ArrayList<>();
    for (Future<long[]> f : futures) {
      out.add(f.get());
    }
    return out;
  }

  private String login(KamSystem system) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(system.gateway() + "/api/v1/auth/token"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"rep.sh\",\"password\":\"kam-demo\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("accessToken").asText();
  }

  private String createCustomer(String gateway, String token) throws Exception {
    String body = "{\"name\":\"Bench " + UUID.randomUUID().toString().substring(0, 8) + "\",\"creditCode\":\"91"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase() + "\",\"industry\":\"food-retail\","
        + "\"orgUnit\":\"HQ/EAST/SH\",\"contactName\":\"Li\",\"contactEmail\":\"li@example.com\",\"annualSales\":1000,"
        + "\"purchaseFrequency\":1,\"classification\":{\"productCategory\":\"STANDARD\",\"customerNature\":\"ENTERPRISE\","
        + "\"serviceContent\":\"SUPPLY\"}}";
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/screening/customers"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(201, r.statusCode(), r.body());
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("id").asText();
  }

  private record Run(long[] sortedNanos, double seconds, long errors) {
    double p(int percentile) {
      int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
      return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    double perSecond() {
      return sortedNanos.length / seconds;
    }

    Map<String, Object> figures() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("requests", sortedNanos.length);
      m.put("errors", errors);
      m.put("requestsPerSecond", Math.round(perSecond()));
      m.put("p50ms", Math.round(p(50) * 100) / 100.0);
      m.put("p99ms", Math.round(p(99) * 100) / 100.0);
      return m;
    }

    String row(String name) {
      return String.format("| %s | %d | %d | %d | %.2f | %.2f |", name, sortedNanos.length, errors, Math.round(perSecond()),
          p(50), p(99));
    }
  }
}
