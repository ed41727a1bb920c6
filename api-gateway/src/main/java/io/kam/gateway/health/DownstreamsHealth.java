package io.kam.gateway.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.kam.gateway.proxy.Downstreams;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reports which services answer their {@code /q/health/ready}, as data only: the check is always UP, because the
 * gateway serves (and marks parts unavailable) even while a service is down.
 */
@Readiness
@ApplicationScoped
public class DownstreamsHealth implements AsyncHealthCheck {

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

  private final Downstreams downstreams;

  DownstreamsHealth(Downstreams downstreams) {
    this.downstreams = downstreams;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    Map<String, Future<String>> probes = new LinkedHashMap<>();
    downstreams.services().forEach((area, service) -> probes.put(area, downstreams.client()
        .request(downstreams.options(service, HttpMethod.GET, "/q/health/ready")
            .setConnectTimeout(PROBE_TIMEOUT.toMillis()).setIdleTimeout(PROBE_TIMEOUT.toMillis()))
        .compose(request -> request.send())
        .compose(response -> response.end().map(v -> response.statusCode() == 200 ? "UP"
            : "DOWN (" + response.statusCode() + ")"))
        .recover(t -> Future.succeededFuture("UNREACHABLE"))));
    return Uni.createFrom().completionStage(Future.join(List.copyOf(probes.values())).toCompletionStage())
        .onFailure().recoverWithNull()
        .map(ignored -> {
          HealthCheckResponseBuilder builder = HealthCheckResponse.named("downstream services").up();
          probes.forEach((area, probe) -> builder.withData(area, probe.result()));
          return builder.build();
        });
  }
}
