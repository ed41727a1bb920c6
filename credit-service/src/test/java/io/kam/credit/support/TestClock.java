package io.kam.credit.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

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

  public static LocalDate today() {
    return LocalDate.ofInstant(CLOCK.instant(), ZoneOffset.UTC);
  }
}
