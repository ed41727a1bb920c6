package io.kam.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Merges the gateway's own OpenAPI document with the services' documents into one: paths (only those under the
 * service's {@code /api/v1/<area>}), components (a name two documents define differently is prefixed with the area
 * in the service's document, references included), tags, unique operation ids, one bearer JWT scheme required
 * everywhere, the gateway as the only server and {@code x-kam-unavailable} naming the services that did not answer.
 */
public final class OpenApiMerger {

  public static final String SECURITY_SCHEME = "bearerAuth";
  private static final String REF_PREFIX = "#/components/";

  private OpenApiMerger() {
  }

  public static JsonObject merge(JsonObject own, Map<String, JsonObject> services, List<String> unavailable,
      String serverUrl) {
    JsonObject merged = own.copy();
    merged.put("servers", new JsonArray().add(new JsonObject().put("url", serverUrl)
        .put("description", "KAM API gateway")));
    JsonObject paths = merged.getJsonObject("paths", new JsonObject());
    JsonObject components = merged.getJsonObject("components", new JsonObject());
    JsonArray tags = merged.getJsonArray("tags", new JsonArray());
    Set<String> tagNames = new HashSet<>();
    tags.forEach(t -> tagNames.add(((JsonObject) t).getString("name")));
    Set<String> operationIds = new HashSet<>();
    collectOperationIds(paths, operationIds);

    Map<String, Map<String, Integer>> definitions = countDefinitions(own, services);
    for (var entry : services.entrySet()) {
      String area = entry.getKey();
      JsonObject doc = renameColliding(area, entry.getValue(), own, definitions);
      JsonObject servicePaths = doc.getJsonObject("paths", new JsonObject());
      for (String path : servicePaths.fieldNames()) {
        if (!ownedBy(area, path) || paths.containsKey(path)) {
          continue;
        }
        JsonObject item = servicePaths.getJsonObject(path).copy();
        uniqueOperationIds(area, item, operationIds);
        paths.put(path, item);
      }
      JsonObject serviceComponents = doc.getJsonObject("components", new JsonObject());
      for (String type : serviceComponents.fieldNames()) {
        JsonObject target = components.getJsonObject(type, new JsonObject());
        JsonObject source = serviceComponents.getJsonObject(type);
        source.fieldNames().forEach(name -> {
          if (!target.containsKey(name)) {
            target.put(name, source.getValue(name));
          }
        });
        components.put(type, target);
      }
      doc.getJsonArray("tags", new JsonArray()).forEach(t -> {
        JsonObject tag = (JsonObject) t;
        if (tagNames.add(tag.getString("name"))) {
          tags.add(tag);
        }
      });
    }
    JsonObject schemes = components.getJsonObject("securitySchemes", new JsonObject());
    schemes.put(SECURITY_SCHEME, new JsonObject().put("type", "http").put("scheme", "bearer")
        .put("bearerFormat", "JWT")
        .put("description", "A KAM access token: POST /api/v1/auth/token locally, the OIDC provider in production"));
    components.put("securitySchemes", schemes);
    merged.put("paths", paths).put("components", components).put("tags", tags);
    merged.put("security", new JsonArray().add(new JsonObject().put(SECURITY_SCHEME, new JsonArray())));
    merged.put("x-kam-unavailable", new JsonArray(new ArrayList<>(unavailable)));
    return merged;
  }

  static boolean ownedBy(String area, String path) {
    String root = "/api/v1/" + area;
    return path.equals(root) || path.startsWith(root + "/") || path.startsWith(root + "?");
  }

  /** type -> name -> number of distinct definitions across all documents. */
  private static Map<String, Map<String, Integer>> countDefinitions(JsonObject own, Map<String, JsonObject> services) {
    Map<String, Map<String, Set<String>>> seen = new HashMap<>();
    List<JsonObject> docs = new ArrayList<>();
    docs.add(own);
    docs.addAll(services.values());
    for (JsonObject doc : docs) {
      JsonObject components = doc.getJsonObject("components", new JsonObject());
      for (String type : components.fieldNames()) {
        JsonObject defs = components.getJsonObject(type);
        for (String name : defs.fieldNames()) {
          seen.computeIfAbsent(type, t -> new HashMap<>()).computeIfAbsent(name, n -> new HashSet<>())
              .add(String.valueOf(defs.getValue(name)));
        }
      }
    }
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    seen.forEach((type, names) -> names.forEach((name, variants) ->
        counts.computeIfAbsent(type, t -> new HashMap<>()).put(name, variants.size())));
    return counts;
  }

  /** The service document with every component name that clashes (different definition elsewhere) prefixed. */
  private static JsonObject renameColliding(String area, JsonObject doc, JsonObject own,
      Map<String, Map<String, Integer>> definitions) {
    JsonObject copy = doc.copy();
    JsonObject components = copy.getJsonObject("components");
    if (components == null) {
      return copy;
    }
    Map<String, String> refRenames = new LinkedHashMap<>();
    for (String type : components.fieldNames()) {
      if (type.equals("securitySchemes")) {
        continue;
      }
      JsonObject defs = components.getJsonObject(type);
      JsonObject renamed = new JsonObject();
      for (String name : defs.fieldNames()) {
        boolean clashes = definitions.getOrDefault(type, Map.of()).getOrDefault(name, 1) > 1;
        String newName = clashes ? area + "_" + name : name;
        renamed.put(newName, defs.getValue(name));
        if (clashes) {
          refRenames.put(REF_PREFIX + type + "/" + name, REF_PREFIX + type + "/" + newName);
        }
      }
      components.put(type, renamed);
    }
    return refRenames.isEmpty() ? copy : (JsonObject) rewriteRefs(copy, refRenames);
  }

  private static Object rewriteRefs(Object node, Map<String, String> renames) {
    if (node instanceof JsonObject object) {
      for (String key : new ArrayList<>(object.fieldNames())) {
        Object value = object.getValue(key);
        if (key.equals("$ref") && value instanceof String ref && renames.containsKey(ref)) {
          object.put(key, renames.get(ref));
        } else {
          object.put(key, rewriteRefs(value, renames));
        }
      }
      return object;
    }
    if (node instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, rewriteRefs(array.getValue(i), renames));
      }
      return array;
    }
    return node;
  }

  private static void collectOperationIds(JsonObject paths, Set<String> ids) {
    paths.forEach(p -> {
      if (p.getValue() instanceof JsonObject item) {
        item.forEach(op -> {
          if (op.getValue() instanceof JsonObject operation && operation.getString("operationId") != null) {
            ids.add(operation.getString("operationId"));
          }
        });
      }
    });
  }

  private static void uniqueOperationIds(String area, JsonObject item, Set<String> ids) {
    item.forEach(op -> {
      if (op.getValue() instanceof JsonObject operation && operation.getValue("operationId") instanceof String id) {
        if (!ids.add(id)) {
          String unique = area + "_" + id;
          operation.put("operationId", unique);
          ids.add(unique);
        }
      }
    });
  }
}
