package io.kam.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/** The relay thread is alive; its last error and the backlog are reported, a broker outage is not fatal. */
@Liveness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

  @Inject
  OutboxRelay relay;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("outbox-relay").status(!relay.enabled || relay.isRunning());
    String error = relay.lastError();
    if (error != null) {
      b.withData("lastError", error);
    }
    return b.build();
  }
}
