package io.kam.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * Real HTTP servers standing in for the services: screening (an echo server that reports exactly what it received,
 * plus customers), credit and visits (small JSON stubs), each with its own {@code /q/openapi}. Suggestions and
 * service-support point at ports where nothing listens, like services that are not running.
 */
@io.quarkus.test.common.QuarkusTestResource(Stubs.class)
public class Stubs implements QuarkusTestResourceLifecycleManager {

  public static final String DENIED_ACCOUNT = "00000000-0000-0000-0000-0000000000f3";
  public static final String SLOW_CREDIT_ACCOUNT = "00000000-0000-0000-0000-0000000000f5";

  private Vertx vertx;

  @Override
  public Map<String, String> start() {
    vertx = Vertx.vertx();
    int screening = listen(screening());
    int credit = listen(credit());
    int visits = listen(visits());
    return Map.of(
        "kam.gateway.services.screening.url", "http://localhost:" + screening,
        "kam.gateway.services.credit.url", "http://127.0.0.1:" + credit,
        "kam.gateway.services.visits.url", "http://localhost:" + visits,
        "kam.gateway.services.suggestions.url", "http://localhost:" + deadPort(),
        "kam.gateway.services.services.url", "http://localhost:" + deadPort());
  }

  @Override
  public void stop() {
    if (vertx != null) {
      vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }
  }

  private int listen(Router router) {
    HttpServer server = vertx.createHttpServer().requestHandler(router);
    return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join().actualPort();
  }

  /** A port that was free a moment ago: connections to it are refused. */
  static int deadPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private Router screening() {
    Router router = Router.router(vertx);
    router.route("/api/v1/screening/echo*").handler(ctx -> echo(ctx.request()));
    router.get("/api/v1/screening/stream").handler(ctx -> stream(ctx.request(),
        Long.parseLong(ctx.request().getParam("bytes"))));
    router.get("/api/v1/screening/slow").handler(ctx -> vertx.setTimer(Long.parseLong(ctx.request().getParam("ms")),
        t -> ctx.response().putHeader("Content-Type", "application/json").end("{\"slow\":true}")));
    router.get("/api/v1/screening/customers/:id").handler(ctx -> {
      String id = ctx.pathParam("id");
      if (id.startsWith("ffffffff")) {
        ctx.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
            .end("{\"status\":404,\"title\":\"Not found\"}");
        return;
      }
      json(ctx.response(), 200, new JsonObject().put("id", id).put("name", "Shanghai Steel Co.")
          .put("status", "KEY_ACCOUNT").put("orgUnit", "HQ/EAST/SH").put("repId", "rep.sh").put("keyAccount", true)
          .put("classification", new JsonObject().put("productCategory", "steel")));
    });
    router.get("/q/openapi").handler(ctx -> json(ctx.response(), 200, openapi("screening",
        "/api/v1/screening/customers/{id}", "getCustomer", "Screening")));
    return router;
  }

  private Router credit() {
    Router router = Router.router(vertx);
    router.get("/api/v1/credit/profiles/:id").handler(ctx -> {
      String id = ctx.pathParam("id");
      if (DENIED_ACCOUNT.equals(id)) {
        json(ctx.response(), 403, new JsonObject().put("status", 403).put("title", "Forbidden"));
      } else if (SLOW_CREDIT_ACCOUNT.equals(id)) {
        vertx.setTimer(4000, t -> json(ctx.response(), 200, new JsonObject().put("tier", "green")));
      } else if (ctx.request().getHeader("Authorization") == null) {
        json(ctx.response(), 401, new JsonObject().put("status", 401));
      } else {
        json(ctx.response(), 200, new JsonObject().put("accountId", id).put("tier", "green")
            .put("creditLimit", 500000).put("score", 87).put("fulfilmentRate", 0.96).put("policyVersion", "CR-3"));
      }
    });
    router.get("/q/openapi").handler(ctx -> json(ctx.response(), 200, openapi("credit",
        "/api/v1/credit/profiles/{accountId}", "getCreditProfile", "Credit")));
    return router;
  }

  private Router visits() {
    Router router = Router.router(vertx);
    router.get("/api/v1/visits").handler(ctx -> json(ctx.response(), 200, new JsonObject()
        .put("items", new JsonArray().add(new JsonObject().put("id", "v-1")
            .put("accountId", ctx.request().getParam("accountId")).put("status", "PLANNED")))
        .putNull("nextCursor")));
    router.get("/q/openapi").handler(ctx -> json(ctx.response(), 200, openapi("visits", "/api/v1/visits",
        "listVisits", "Visits")));
    return router;
  }

  /** A small OpenAPI document; every stub defines a different {@code Customer} schema to force a collision. */
  static JsonObject openapi(String area, String path, String operationId, String tag) {
    JsonObject customer = new JsonObject().put("type", "object").put("properties",
        new JsonObject().put(area + "Field", new JsonObject().put("type", "string")));
    JsonObject response = new JsonObject().put("description", "OK").put("content", new JsonObject()
        .put("application/json", new JsonObject().put("schema",
            new JsonObject().put("$ref", "#/components/schemas/Customer"))));
    return new JsonObject()
        .put("openapi", "3.1.0")
        .put("info", new JsonObject().put("title", area).put("version", "1"))
        .put("tags", new JsonArray().add(new JsonObject().put("name", tag)))
        .put("paths", new JsonObject().put(path, new JsonObject().put("get", new JsonObject()
            .put("operationId", operationId).put("tags", new JsonArray().add(tag))
            .put("responses", new JsonObject().put("200", response)))))
        .put("components", new JsonObject().put("schemas", new JsonObject()
            .put("Customer", customer)
            .put(area + "Only", new JsonObject().put("type", "string"))));
  }

  private void echo(HttpServerRequest request) {
    MessageDigest sha = sha256();
    long[] length = {0};
    Buffer head = Buffer.buffer();
    request.handler(chunk -> {
      length[0] += chunk.length();
      sha.update(chunk.getBytes());
      if (head.length() < 65536) {
        head.appendBuffer(chunk);
      }
    });
    request.endHandler(v -> {
      JsonObject headers = new JsonObject();
      request.headers().forEach(h -> {
        String name = h.getKey().toLowerCase();
        JsonArray values = headers.containsKey(name) ? headers.getJsonArray(name) : new JsonArray();
        headers.put(name, values.add(h.getValue()));
      });
      JsonObject received = new JsonObject()
          .put("method", request.method().name())
          .put("path", request.path())
          .put("query", request.query())
          .put("headers", headers)
          .put("bodyLength", length[0])
          .put("bodySha256", HexFormat.of().formatHex(sha.digest()))
          .put("body", length[0] <= 65536 ? head.toString() : null);
      HttpServerResponse response = request.response();
      int status = Integer.parseInt(request.getHeader("X-Echo-Status") == null ? "200"
          : request.getHeader("X-Echo-Status"));
      response.setStatusCode(status)
          .putHeader("X-Echo-Response", "yes")
          .putHeader("Set-Cookie", "a=1")
          .putHeader("Keep-Alive", "timeout=5")
          .putHeader("Proxy-Authenticate", "Basic")
          .putHeader("X-Hop-Secret", "hidden")
          .putHeader("Connection", "X-Hop-Secret");
      response.headers().add("Set-Cookie", "b=2");
      if (status == 201) {
        response.putHeader("Location", "/api/v1/screening/echo/42");
      }
      if (status == 204 || request.method().name().equals("HEAD")) {
        response.end();
      } else {
        json(response, status, received);
      }
    });
  }

  private void stream(HttpServerRequest request, long bytes) {
    HttpServerResponse response = request.response().setChunked(true).putHeader("Content-Type",
        "application/octet-stream");
    byte[] block = new byte[64 * 1024];
    for (int i = 0; i < block.length; i++) {
      block[i] = (byte) (i % 251);
    }
    long[] left = {bytes};
    Runnable[] pump = new Runnable[1];
    pump[0] = () -> {
      while (left[0] > 0 && !response.writeQueueFull()) {
        int n = (int) Math.min(block.length, left[0]);
        response.write(Buffer.buffer(n == block.length ? block : java.util.Arrays.copyOf(block, n)));
        left[0] -= n;
      }
      if (left[0] == 0) {
        response.end();
      } else {
        response.drainHandler(v -> pump[0].run());
      }
    };
    pump[0].run();
  }

  private static void json(HttpServerResponse response, int status, JsonObject body) {
    response.setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
