package io.kam.platform.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/** Scans deadlines on a fixed rhythm; safe with several replicas (see {@link DeadlineService#scan}). */
@ApplicationScoped
public class DeadlineScheduler {

  @Inject
  DeadlineService deadlines;

  @Scheduled(every = "${kam.deadlines.scan-interval:30s}", delayed = "${kam.deadlines.scan-delay:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DeadlinesDisabled.class)
  void scan() {
    deadlines.scan();
  }
}
