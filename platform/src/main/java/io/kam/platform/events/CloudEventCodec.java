package io.kam.platform.events;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds envelopes for typed events and reads them back from Kafka record values. */
@ApplicationScoped
public class CloudEventCodec {

  @Inject
  ObjectMapper mapper;

  @ConfigProperty(name = "kam.service-name")
  String serviceName;

  public CloudEvent envelope(DomainEvent event, Instant time, String traceparent) {
    EventType meta = typeOf(event.getClass());
    if (event.accountId() == null || event.accountId().isBlank()) {
      throw new IllegalArgumentException(meta.value() + " has no accountId");
    }
    return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/kam/" + serviceName,
        meta.value(), event.accountId(), time, "application/json",
        CloudEvent.schemaOf(meta.value(), meta.version()), traceparent, mapper.valueToTree(event));
  }

  public static EventType typeOf(Class<?> eventClass) {
    EventType meta = eventClass.getAnnotation(EventType.class);
    if (meta == null) {
      throw new IllegalArgumentException(eventClass.getName() + " lacks @EventType");
    }
    return meta;
  }

  public String write(CloudEvent event) {
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise event " + event.id(), e);
    }
  }

  public CloudEvent read(byte[] value) {
    if (value == null) {
      throw new InvalidEventException("empty record value");
    }
    CloudEvent event;
    try {
      event = mapper.readValue(value, CloudEvent.class);
    } catch (IOException e) {
      throw new InvalidEventException("not a CloudEvents JSON document: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
    }
    event.validate();
    return event;
  }

  /** Maps the event's data onto a payload type (unknown fields are ignored: payloads may grow). */
  public <T> T data(CloudEvent event, Class<T> type) {
    try {
      return mapper.readerFor(type)
          .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .readValue(event.data());
    } catch (IOException e) {
      throw new InvalidEventException("data of " + event.type() + " does not match " + type.getSimpleName(), e);
    }
  }
}
