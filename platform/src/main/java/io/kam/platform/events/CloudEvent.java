package io.kam.platform.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * CloudEvents 1.0 envelope in its JSON format (structured content mode). {@code traceparent} is the
 * distributed-tracing extension attribute (W3C trace context).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
    String specversion,
    String id,
    String source,
    String type,
    String subject,
    Instant time,
    String datacontenttype,
    String dataschema,
    String traceparent,
    JsonNode data) {

  public static final String SPEC_VERSION = "1.0";
  public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

  public static String schemaOf(String type, int version) {
    return "urn:kam:event:" + type + ":v" + version;
  }

  /** The payload version from {@code dataschema}, or 1 when absent. */
  public int dataVersion() {
    if (dataschema == null) {
      return 1;
    }
    int v = dataschema.lastIndexOf(":v");
    try {
      return v < 0 ? 1 : Integer.parseInt(dataschema.substring(v + 2));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  /** Checks the attributes the spec requires; a record that fails this is poison. */
  public void validate() {
    if (!SPEC_VERSION.equals(specversion)) {
      throw new InvalidEventException("specversion must be 1.0, was " + specversion);
    }
    if (id == null || id.isBlank() || source == null || source.isBlank() || type == null || type.isBlank()) {
      throw new InvalidEventException("id, source and type are required");
    }
    if (data == null || data.isNull()) {
      throw new InvalidEventException("data is required");
    }
  }
}
