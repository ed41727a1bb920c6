package io.kam.gateway.overview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.kam.gateway.config.GatewayConfig;
import io.kam.gateway.proxy.Downstreams;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.Json;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The account 360° view: one call per part to the owning service, all in parallel, each with its own deadline and
 * with the caller's own token, so that every service applies its own access rules. A part that fails, is slow or is
 * refused is marked, the others still come back.
 */
@ApplicationScoped
public class AccountOverview {

  private static final Logger LOG = Logger.getLogger(AccountOverview.class);

  /** One part of the view: its name, the area owning it and the path to ask (with {@code {id}}). */
  record Part(String name, String area, String uriTemplate) {
  }

  static final List<Part> PARTS = List.of(
      new Part("account", "screening", "/api/v1/screening/customers/{id}"),
      new Part("credit", "credit", "/api/v1/credit/profiles/{id}"),
      new Part("visits", "visits", "/api/v1/visits?accountId={id}"),
      new Part("suggestions", "suggestions", "/api/v1/suggestions?accountId={id}&open=true"),
      new Part("serviceTeam", "services", "/api/v1/services/teams?accountId={id}"),
      new Part("serviceRequests", "services", "/api/v1/services/requests?accountId={id}&open=true"));

  /** The composed view, and whether the account itself is unknown or hidden from the caller. */
  public record Result(Map<String, Object> body, int accountStatus) {
  }

  private final Downstreams downstreams;
  private final GatewayConfig.Overview settings;

  AccountOverview(Downstreams downstreams, GatewayConfig config) {
    this.downstreams = downstreams;
    this.settings = config.overview();
  }

  public Uni<Result> compose(String accountId, String authorization, String requestId) {
    List<Uni<PartResult>> calls = new ArrayList<>();
    for (Part part : PARTS) {
      calls.add(call(part, accountId, authorization, requestId));
    }
    return Uni.combine().all().unis(calls).with(PartResult.class, results -> {
      Map<String, Object> parts = new LinkedHashMap<>();
      int accountStatus = 200;
      boolean complete = true;
      for (PartResult r : results) {
        parts.put(r.name(), r.body());
        complete &= "ok".equals(r.body().get("status"));
        if (r.name().equals("account") && (r.httpStatus() == 404 || r.httpStatus() == 403)) {
          accountStatus = 404;
        }
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("accountId", accountId);
      body.put("generatedAt", Instant.now().toString());
      body.put("complete", complete);
      body.put("parts", parts);
      return new Result(body, accountStatus);
    });
  }

  record PartResult(String name, int httpStatus, Map<String, Object> body) {
  }

  private Uni<PartResult> call(Part part, String accountId, String authorization, String requestId) {
    var service = downstreams.service(part.area());
    if (service.isEmpty()) {
      return Uni.createFrom().item(unavailable(part, "service not configured"));
    }
    long timeoutMs = settings.timeout().toMillis();
    String uri = part.uriTemplate().replace("{id}", URLEncoder.encode(accountId, StandardCharsets.UTF_8));
    RequestOptions options = downstreams.options(service.get(), HttpMethod.GET, uri);
    options.setConnectTimeout(Math.min(timeoutMs, options.getConnectTimeout()))
        .setIdleTimeout(timeoutMs)
        .putHeader("Accept", "application/json");
    if (authorization != null) {
      options.putHeader("Authorization", authorization);
    }
    if (requestId != null) {
      options.putHeader("X-Request-Id", requestId);
    }
    long maxBytes = settings.maxPartSize().asLongValue();
    Future<PartResult> future = downstreams.client().request(options)
        .compose(request -> request.send())
        .compose(response -> {
          int status = response.statusCode();
          if (status == 401 || status == 403 || status == 404) {
            response.end();
            return Future.succeededFuture(forbidden(part, status));
          }
          if (status / 100 != 2) {
            response.end();
            return Future.succeededFuture(unavailable(part, "service answered " + status, status));
          }
          String length = response.getHeader("Content-Length");
          if (length != null && Long.parseLong(length) > maxBytes) {
            response.request().reset();
            return Future.succeededFuture(unavailable(part, "response too large", status));
          }
          return response.body().map(buffer -> ok(part, status, buffer));
        });
    return Uni.createFrom().completionStage(future.toCompletionStage())
        .ifNoItem().after(settings.timeout()).failWith(TimeoutException::new)
        .onFailure().recoverWithItem(t -> {
          String reason = switch (Downstreams.Failure.of(t)) {
            case TIMEOUT -> "no answer within " + timeoutMs + " ms";
            case UNREACHABLE -> "service not reachable";
            case BUSY -> "service busy";
            default -> "service failed";
          };
          LOG.infof("overview part %s unavailable: %s (%s)", part.name(), reason, t.toString());
          return unavailable(part, reason);
        });
  }

  private static PartResult ok(Part part, int status, Buffer buffer) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("data", buffer.length() == 0 ? null : Json.decodeValue(buffer));
    return new PartResult(part.name(), status, body);
  }

  private static PartResult forbidden(Part part, int status) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "forbidden");
    return new PartResult(part.name(), status, body);
  }

  private static PartResult unavailable(Part part, String reason) {
    return unavailable(part, reason, 0);
  }

  private static PartResult unavailable(Part part, String reason, int status) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "unavailable");
    body.put("reason", reason);
    return new PartResult(part.name(), status, body);
  }
}
