package io.kam.platform.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/** Time is a bean: tests replace it with a clock they move, instead of sleeping. */
public class ClockProducer {

  @Produces
  @Singleton
  @DefaultBean
  Clock clock() {
    // microseconds: what PostgreSQL stores, so an instant read back equals the one written
    return Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1000));
  }
}
