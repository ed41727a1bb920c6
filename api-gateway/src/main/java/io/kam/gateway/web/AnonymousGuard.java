package io.kam.gateway.web;

import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request without any {@code Authorization} header to a non-public path gets the 401 problem here: Quarkus would
 * answer it with a bare challenge and an empty body. Invalid tokens still go through Quarkus and
 * {@link SecurityProblems}. Public paths are the ones of {@code quarkus.http.auth.permission.public.paths}.
 */
@ApplicationScoped
public class AnonymousGuard {

  private final List<String> publicPaths;

  AnonymousGuard(@ConfigProperty(name = "quarkus.http.auth.permission.public.paths") List<String> publicPaths) {
    this.publicPaths = publicPaths;
  }

  void install(@Observes Router router) {
    // filters run at order -priority: after CORS (preflights are answered there), before authentication
    int order = -(SecurityHandlerPriorities.CORS + SecurityHandlerPriorities.AUTHENTICATION) / 2;
    router.route().order(order).handler(this::handle);
  }

  void handle(RoutingContext ctx) {
    if (ctx.request().getHeader("Authorization") != null || isPublic(ctx.normalizedPath())) {
      ctx.next();
      return;
    }
    ctx.response().putHeader("WWW-Authenticate", "Bearer");
    Problem.send(ctx, 401, "unauthorized", "Unauthorized",
        "A valid bearer token is required (POST /api/v1/auth/token or the OIDC provider).");
  }

  boolean isPublic(String path) {
    for (String pattern : publicPaths) {
      if (pattern.endsWith("/*")) {
        String base = pattern.substring(0, pattern.length() - 2);
        if (path.equals(base) || path.startsWith(base + "/")) {
          return true;
        }
      } else if (path.equals(pattern)) {
        return true;
      }
    }
    return false;
  }
}
