package io.kam.platform.audit;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.MDC;

import io.kam.platform.security.Actor;

/** Who did what to which record, when, with what change; written in the caller's transaction. */
@ApplicationScoped
public class AuditLog {

  @Inject
  EntityManager em;

  @Inject
  ObjectMapper mapper;

  @Inject
  Clock clock;

  /** @param details what changed (before/after, or the fields read); serialised as JSON */
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(Actor actor, String action, String entityType, Object entityId, Object details) {
    String json;
    try {
      json = details == null ? "{}" : mapper.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      json = "{}";
    }
    Object requestId = MDC.get("requestId");
    em.createNativeQuery("insert into kam_audit (id, at, actor, roles, action, entity_type, entity_id, details, "
            + "request_id) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), ?9)")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, clock.instant())
        .setParameter(3, actor.id())
        .setParameter(4, String.join(",", actor.roles()))
        .setParameter(5, action)
        .setParameter(6, entityType)
        .setParameter(7, String.valueOf(entityId))
        .setParameter(8, json)
        .setParameter(9, requestId == null ? null : requestId.toString())
        .executeUpdate();
  }
}
