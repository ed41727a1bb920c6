package io.kam.gateway.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** An RFC 9457 problem document ({@code application/problem+json}); the only error body the gateway writes. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
    @Schema(examples = "https://kam.local/problems/unauthorized") String type,
    @Schema(examples = "Unauthorized") String title,
    @Schema(examples = "401") int status,
    @Schema(examples = "A valid bearer token is required.") String detail,
    @Schema(examples = "/api/v1/screening/customers") String instance) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://kam.local/problems/";

  public static Problem of(int status, String slug, String title, String detail, String instance) {
    return new Problem(TYPE_BASE + slug, title, status, detail, instance);
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("type", type).put("title", title).put("status", status);
    if (detail != null) {
      json.put("detail", detail);
    }
    if (instance != null) {
      json.put("instance", instance);
    }
    return json;
  }

  /** Ends the exchange with this problem, unless a response is already under way (then the connection is reset). */
  public void send(RoutingContext ctx) {
    HttpServerResponse response = ctx.response();
    if (response.closed() || response.ended()) {
      return;
    }
    if (response.headWritten()) {
      response.reset();
      return;
    }
    response.setStatusCode(status)
        .putHeader("Content-Type", MEDIA_TYPE)
        .putHeader("Cache-Control", "no-store")
        .end(toJson().encode());
  }

  public static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
    of(status, slug, title, detail, ctx.request().path()).send(ctx);
  }
}
