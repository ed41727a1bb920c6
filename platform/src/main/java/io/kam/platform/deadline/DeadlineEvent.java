package io.kam.platform.deadline;

/**
 * Fired (as a synchronous CDI event, inside the scheduler's transaction) when a deadline reaches its
 * warning time or is breached. Observers append their outbox events in the same transaction, so a
 * breach is announced exactly once.
 */
public record DeadlineEvent(Kind kind, Deadline deadline) {

  public enum Kind { WARNING, BREACH }
}
