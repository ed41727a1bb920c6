package io.kam.gateway.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Gives every request an {@code X-Request-Id}: the caller's when it is sane, a new UUID otherwise. The id is put on
 * the request (so the proxy and the overview pass it on), on the response and in the log MDC as {@code requestId}.
 */
@ApplicationScoped
public class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  void install(@Observes Router router) {
    // before CORS, authentication (filters run at negative orders) and the body limit: their refusals carry the id too
    router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER + 1).handler(this::handle);
  }

  void handle(RoutingContext ctx) {
    String id = ctx.request().getHeader(HEADER);
    if (id == null || !SANE.matcher(id).matches()) {
      id = UUID.randomUUID().toString();
      ctx.request().headers().set(HEADER, id);
    }
    ctx.response().putHeader(HEADER, id);
    MDC.put(MDC_KEY, id);
    ctx.next();
  }

  public static String of(RoutingContext ctx) {
    return ctx.request().getHeader(HEADER);
  }
}
