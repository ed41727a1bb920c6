package io.kam.gateway.auth;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import io.kam.gateway.config.GatewayConfig;
import io.kam.gateway.web.Problem;
import io.kam.gateway.web.RateLimiter;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Issues KAM access tokens to locally configured users (the local profile; production uses an OIDC provider). */
@Path("/api/v1/auth/token")
@Tag(name = "auth", description = "Access tokens for local users")
public class TokenResource {

  private static final Logger LOG = Logger.getLogger(TokenResource.class);

  @Schema(name = "TokenRequest", description = "A local user's credentials")
  public record TokenRequest(
      @Schema(examples = "rep.sh", required = true) String username,
      @Schema(examples = "kam-demo", required = true) String password) {
  }

  @Schema(name = "TokenResponse", description = "A signed RS256 JWT to send as `Authorization: Bearer <accessToken>`")
  public record TokenResponse(
      @Schema(required = true) String accessToken,
      @Schema(examples = "Bearer", required = true) String tokenType,
      @Schema(description = "Seconds until the token expires", examples = "3600", required = true) long expiresIn) {
  }

  private final UserDirectory users;
  private final GatewayConfig config;
  private final RateLimiter attempts;

  TokenResource(UserDirectory users, GatewayConfig config) {
    this.users = users;
    this.config = config;
    this.attempts = new RateLimiter(config.tokenRateLimit().capacity(), config.tokenRateLimit().refillPerSecond());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
  @SecurityRequirements
  @Operation(operationId = "issueToken", summary = "Exchange a username and password for an access token",
      description = "Tokens carry `sub`, `upn`, `groups` (roles), `org` (org unit path) and `department`; every KAM "
          + "service verifies them itself. Attempts are limited per username and client address.")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(implementation = TokenRequest.class),
      examples = @ExampleObject(name = "demo rep", value = "{\"username\":\"rep.sh\",\"password\":\"kam-demo\"}")))
  @APIResponse(responseCode = "200", description = "Token issued", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenResponse.class),
      examples = @ExampleObject(name = "token",
          value = "{\"accessToken\":\"eyJraWQiOi...\",\"tokenType\":\"Bearer\",\"expiresIn\":3600}")))
  @APIResponse(responseCode = "400", description = "Username or password missing",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "401", description = "Unknown user or wrong password (deliberately not saying which)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "429", description = "Too many attempts for this username from this address; see "
      + "Retry-After", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response issue(TokenRequest request, @Context HttpServerRequest http) {
    if (request == null || blank(request.username()) || request.password() == null || request.password().isEmpty()) {
      return problem(400, "bad-request", "Bad request", "Both username and password are required.", http);
    }
    String client = http.remoteAddress() == null ? "?" : http.remoteAddress().hostAddress();
    RateLimiter.Decision decision = attempts.tryAcquire(request.username().trim().toLowerCase(Locale.ROOT) + "|" + client);
    if (!decision.allowed()) {
      LOG.infof("token attempts limited for a username from %s", client);
      return Response.fromResponse(problem(429, "rate-limited", "Too many requests",
          "Too many token requests; try again later.", http))
          .header("Retry-After", Long.toString(decision.retryAfterSeconds())).build();
    }
    Optional<UserDirectory.AuthenticatedUser> user = users.authenticate(request.username(),
        request.password().toCharArray());
    if (user.isEmpty()) {
      return Response.fromResponse(problem(401, "invalid-credentials", "Unauthorized",
          "The username or password is not correct.", http)).header("WWW-Authenticate", "Bearer").build();
    }
    UserDirectory.AuthenticatedUser u = user.get();
    long now = Instant.now().getEpochSecond();
    long lifespan = config.token().lifespan().toSeconds();
    JwtClaimsBuilder claims = Jwt.issuer(config.token().issuer())
        .audience(config.token().audience())
        .subject(u.username())
        .upn(u.username())
        .groups(new HashSet<>(u.roles()))
        .claim("org", u.org())
        .issuedAt(now)
        .expiresAt(now + lifespan);
    u.department().ifPresent(d -> claims.claim("department", d));
    String token = claims.sign();
    LOG.infof("token issued to %s (roles %s, org %s)", u.username(), u.roles(), u.org());
    return Response.ok(new TokenResponse(token, "Bearer", lifespan))
        .header("Cache-Control", "no-store").header("Pragma", "no-cache").build();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static Response problem(int status, String slug, String title, String detail, HttpServerRequest http) {
    return Response.status(status).type(Problem.MEDIA_TYPE).header("Cache-Control", "no-store")
        .entity(Problem.of(status, slug, title, detail, http.path()).toJson().encode()).build();
  }
}
