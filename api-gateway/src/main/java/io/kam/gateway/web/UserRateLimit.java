package io.kam.gateway.web;

import io.kam.gateway.config.GatewayConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Per-user token bucket on every authenticated {@code /api/} call: 429 problem with {@code Retry-After} when empty. */
@ApplicationScoped
public class UserRateLimit {

  private final RateLimiter limiter;

  UserRateLimit(GatewayConfig config) {
    this.limiter = new RateLimiter(config.rateLimit().capacity(), config.rateLimit().refillPerSecond());
  }

  void install(@Observes Router router) {
    // after the authentication and authorization filters (orders -200 and -100), before any resource
    router.route("/api/*").order(-1).handler(this::handle);
  }

  void handle(RoutingContext ctx) {
    QuarkusHttpUser.getSecurityIdentity(ctx, null).subscribe().with(identity -> check(ctx, identity), ctx::fail);
  }

  private void check(RoutingContext ctx, SecurityIdentity identity) {
    if (identity == null || identity.isAnonymous()) {
      ctx.next();
      return;
    }
    RateLimiter.Decision decision = limiter.tryAcquire(identity.getPrincipal().getName());
    if (decision.allowed()) {
      ctx.next();
    } else {
      tooMany(ctx, decision, "Too many requests for this user; slow down.");
    }
  }

  static void tooMany(RoutingContext ctx, RateLimiter.Decision decision, String detail) {
    ctx.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
    Problem.send(ctx, 429, "rate-limited", "Too many requests", detail);
  }
}
