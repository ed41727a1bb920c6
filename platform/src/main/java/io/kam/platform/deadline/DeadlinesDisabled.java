package io.kam.platform.deadline;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/** Lets tests drive {@link DeadlineService#scan} themselves ({@code kam.deadlines.scheduler.enabled=false}). */
@Singleton
public class DeadlinesDisabled implements Scheduled.SkipPredicate {

  @Override
  public boolean test(ScheduledExecution execution) {
    return !ConfigProvider.getConfig().getOptionalValue("kam.deadlines.scheduler.enabled", Boolean.class).orElse(true);
  }
}
