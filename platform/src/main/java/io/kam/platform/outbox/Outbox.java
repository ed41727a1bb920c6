package io.kam.platform.outbox;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.jboss.logging.MDC;

import io.kam.platform.events.CloudEvent;
import io.kam.platform.events.CloudEventCodec;
import io.kam.platform.events.DomainEvent;

/**
 * The write side of the transactional outbox: an event row is inserted in the caller's transaction, so
 * the state change and its event commit together or not at all.
 *
 * <p>Per-key order: before inserting, the transaction takes an advisory lock on the key, so two
 * transactions for the same account append in commit order and the relay (which reads by sequence)
 * never sees a later event of a key while an earlier one is still uncommitted.
 */
@ApplicationScoped
public class Outbox {

  public static final String NOTIFY_CHANNEL = "kam_outbox";

  @Inject
  EntityManager em;

  @Inject
  CloudEventCodec codec;

  @Inject
  Clock clock;

  @Inject
  TransactionSynchronizationRegistry registry;

  @Inject
  OutboxRelay relay;

  /** Appends {@code event} to {@code topic}; returns the CloudEvents id. Must run inside a transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID append(String topic, DomainEvent event) {
    Object trace = MDC.get("traceparent");
    CloudEvent envelope = codec.envelope(event, clock.instant(), trace == null ? null : trace.toString());
    // the caller's pending entity changes go first, so their row locks precede ours
    em.flush();
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, envelope.subject())
        .getSingleResult();
    em.createNativeQuery("insert into kam_outbox (event_id, topic, msg_key, event_type, payload) "
            + "values (cast(?1 as uuid), ?2, ?3, ?4, ?5)")
        .setParameter(1, envelope.id())
        .setParameter(2, topic)
        .setParameter(3, envelope.subject())
        .setParameter(4, envelope.type())
        .setParameter(5, codec.write(envelope))
        .executeUpdate();
    em.createNativeQuery("select pg_notify('" + NOTIFY_CHANNEL + "', '')").getSingleResult();
    registry.registerInterposedSynchronization(new Synchronization() {
      @Override
      public void beforeCompletion() {
        // nothing to do before commit
      }

      @Override
      public void afterCompletion(int status) {
        if (status == Status.STATUS_COMMITTED) {
          relay.wake();
        }
      }
    });
    return UUID.fromString(envelope.id());
  }
}
