package io.kam.gateway.web;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Turns authentication and authorization failures of the HTTP layer (missing, expired, badly signed tokens, wrong
 * issuer or audience) into problem documents; anything else unexpected becomes a 500 problem without details.
 */
@ApplicationScoped
public class SecurityProblems {

  void install(@Observes Router router) {
    router.route().failureHandler(this::handle);
    // nothing else matched: a problem document instead of the server's plain 404
    router.route().order(RouteConstants.ROUTE_ORDER_AFTER_DEFAULT + 1000).handler(ctx -> Problem.send(ctx, 404,
        "not-found", "Not found", "No operation at this path; see /q/openapi."));
  }

  void handle(RoutingContext ctx) {
    Throwable failure = ctx.failure();
    if (ctx.response().ended()) {
      return;
    }
    if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
        || failure instanceof AuthenticationCompletionException) {
      ctx.response().putHeader("WWW-Authenticate", "Bearer");
      Problem.send(ctx, 401, "unauthorized", "Unauthorized",
          "A valid bearer token is required (POST /api/v1/auth/token or the OIDC provider).");
    } else if (failure instanceof ForbiddenException) {
      Problem.send(ctx, 403, "forbidden", "Forbidden", "The token does not allow this operation.");
    } else if (failure instanceof AuthenticationRedirectException) {
      ctx.next();
    } else if (failure == null && ctx.statusCode() >= 400) {
      int status = ctx.statusCode();
      Problem.send(ctx, status, "http-" + status, io.netty.handler.codec.http.HttpResponseStatus.valueOf(status)
          .reasonPhrase(), null);
    } else {
      Problem.send(ctx, 500, "internal-error", "Internal error",
          "The gateway failed to handle the request; quote the X-Request-Id when reporting it.");
    }
  }
}
