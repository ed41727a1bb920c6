package io.kam.platform.inbox;

import java.util.Set;

import io.kam.platform.events.CloudEvent;

/**
 * A consumer of other services' events. Implementations are CDI beans; the platform runs one Kafka
 * consumer per handler, records each event id in the inbox in the same transaction as
 * {@link #handle}, and sends an event that keeps failing to {@code <topic>.dlq}.
 */
public interface EventHandler {

  /** Stable name: with the service name it forms the consumer group and the inbox key. */
  String name();

  Set<String> topics();

  /** Types this handler acts on; other types are acknowledged and skipped. */
  Set<String> eventTypes();

  /** Applies the event's effect. Runs inside the inbox transaction; throw to retry. */
  void handle(CloudEvent event);
}
