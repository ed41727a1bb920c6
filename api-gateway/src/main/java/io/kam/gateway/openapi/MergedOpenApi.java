package io.kam.gateway.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import io.kam.gateway.config.GatewayConfig;
import io.kam.gateway.proxy.Downstreams;
import io.kam.gateway.web.Problem;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /q/openapi}: the gateway's own document (served by Quarkus at {@code kam.gateway.openapi.own-path}) merged
 * with every reachable service's {@code /q/openapi?format=json}, cached for {@code kam.gateway.openapi.cache-ttl}.
 * YAML by default, JSON with {@code ?format=json} or {@code Accept: application/json}, as Quarkus does.
 */
@ApplicationScoped
public class MergedOpenApi {

  private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Cached(JsonObject document, String serverUrl, long expiresAtNanos) {
  }

  private final Downstreams downstreams;
  private final GatewayConfig.OpenApi settings;
  private volatile Cached cached;

  MergedOpenApi(Downstreams downstreams, GatewayConfig config) {
    this.downstreams = downstreams;
    this.settings = config.openapi();
  }

  void install(@Observes Router router) {
    router.get("/q/openapi").handler(this::serve);
  }

  void serve(RoutingContext ctx) {
    String serverUrl = settings.publicUrl().orElseGet(() -> ctx.request().scheme() + "://" + ctx.request().authority());
    Cached current = cached;
    Future<JsonObject> document = current != null && current.serverUrl.equals(serverUrl)
        && System.nanoTime() < current.expiresAtNanos ? Future.succeededFuture(current.document)
            : build(ctx, serverUrl);
    document.onComplete(ar -> {
      if (ar.failed()) {
        LOG.warnf("merged OpenAPI document failed: %s", ar.cause().toString());
        Problem.send(ctx, 503, "service-unavailable", "Service unavailable", "The API document cannot be built now.");
        return;
      }
      String format = ctx.request().getParam("format");
      String accept = ctx.request().getHeader("Accept");
      boolean json = format != null ? format.equalsIgnoreCase("json")
          : accept != null && accept.contains("application/json");
      try {
        String body = json ? ar.result().encode() : YAML.writeValueAsString(JSON.readTree(ar.result().encode()));
        ctx.response().putHeader("Content-Type", json ? "application/json;charset=UTF-8"
            : "application/yaml;charset=UTF-8").end(body);
      } catch (Exception e) {
        ctx.fail(e);
      }
    });
  }

  private Future<JsonObject> build(RoutingContext ctx, String serverUrl) {
    var local = ctx.request().localAddress();
    RequestOptions ownRequest = new RequestOptions().setMethod(HttpMethod.GET)
        .setHost(local.host()).setPort(local.port()).setURI(settings.ownPath() + "?format=json")
        .setTimeout(settings.fetchTimeout().toMillis());
    Future<JsonObject> own = fetch(ownRequest);
    Map<String, Future<JsonObject>> fetches = new LinkedHashMap<>();
    downstreams.services().forEach((area, service) -> fetches.put(area, fetch(downstreams
        .options(service, HttpMethod.GET, "/q/openapi?format=json")
        .setIdleTimeout(settings.fetchTimeout().toMillis())
        .setTimeout(settings.fetchTimeout().toMillis()))));
    List<Future<?>> all = new ArrayList<>(fetches.values());
    all.add(own);
    return Future.join(all).transform(done -> {
      if (own.failed()) {
        return Future.failedFuture(own.cause());
      }
      Map<String, JsonObject> documents = new LinkedHashMap<>();
      List<String> unavailable = new ArrayList<>();
      fetches.forEach((area, f) -> {
        if (f.succeeded()) {
          documents.put(area, f.result());
        } else {
          LOG.infof("OpenAPI of %s skipped: %s", area, f.cause().toString());
          unavailable.add(area);
        }
      });
      JsonObject merged = OpenApiMerger.merge(own.result(), documents, unavailable, serverUrl);
      cached = new Cached(merged, serverUrl, System.nanoTime() + settings.cacheTtl().toNanos());
      return Future.succeededFuture(merged);
    });
  }

  private Future<JsonObject> fetch(RequestOptions options) {
    return downstreams.client().request(options)
        .compose(request -> request.send())
        .compose(response -> {
          if (response.statusCode() != 200) {
            response.end();
            return Future.failedFuture("status " + response.statusCode());
          }
          return response.body();
        })
        .map(buffer -> new JsonObject(buffer));
  }

}
