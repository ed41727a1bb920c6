package io.kam.gateway.web;

import io.kam.gateway.config.GatewayConfig;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a declared body over {@code kam.gateway.max-body-size} with a 413 problem before anything else runs (Quarkus'
 * own limit would answer first with an empty body). Chunked bodies are counted by the proxy while they stream.
 */
@ApplicationScoped
public class BodyLimit {

  private final long maxBytes;

  BodyLimit(GatewayConfig config) {
    this.maxBytes = config.maxBodySize().asLongValue();
  }

  void install(@Observes Router router) {
    router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::handle);
  }

  void handle(RoutingContext ctx) {
    String length = ctx.request().getHeader("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        declared = -1;
      }
      if (declared < 0) {
        Problem.send(ctx, 400, "bad-request", "Bad request", "Content-Length is not a number.");
        return;
      }
      if (declared > maxBytes) {
        tooLarge(ctx, maxBytes);
        return;
      }
    }
    ctx.next();
  }

  public long maxBytes() {
    return maxBytes;
  }

  public static void tooLarge(RoutingContext ctx, long maxBytes) {
    // the rest of the body is not read: the connection cannot be reused
    ctx.response().putHeader("Connection", "close");
    Problem.send(ctx, 413, "payload-too-large", "Payload too large",
        "The request body exceeds " + maxBytes + " bytes.");
  }
}
