package io.kam.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Holds producers to the JSON schemas they publish for integrators (JSON Schema 2020-12). */
public final class EventSchemas {

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private EventSchemas() {
  }

  /** Throws an AssertionError listing every violation when {@code document} does not match the schema. */
  public static void assertValid(String schemaResource, JsonNode document) {
    Set<ValidationMessage> errors = validate(schemaResource, document);
    if (!errors.isEmpty()) {
      throw new AssertionError(schemaResource + " rejects " + document + ": "
          + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")));
    }
  }

  public static Set<ValidationMessage> validate(String schemaResource, JsonNode document) {
    try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(schemaResource)) {
      if (in == null) {
        throw new AssertionError("no schema on the classpath at " + schemaResource);
      }
      JsonSchema schema = FACTORY.getSchema(in);
      return schema.validate(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
