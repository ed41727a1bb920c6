package io.kam.platform.events;

/**
 * A payload published through the outbox. Every KAM event concerns one account: its id is the Kafka key
 * and the CloudEvents {@code subject}, so each account's events stay in order. Implementations are
 * records annotated with {@link EventType}.
 */
public interface DomainEvent {

  String accountId();
}
