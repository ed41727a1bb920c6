package io.kam.screening.support;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.kam.platform.time.MovableClock;

/** Replaces the platform's system clock: tests move time instead of sleeping. */
public class TestClock {

  public static final MovableClock CLOCK = new MovableClock();

  @Produces
  @Singleton
  Clock clock() {
    return CLOCK;
  }
}
