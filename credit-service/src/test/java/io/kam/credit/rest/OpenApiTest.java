package io.kam.credit.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTest {

  @Test
  void everyCreditOperationIsDocumentedWithSecurityErrorsAndSchemas() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json").then()
        .statusCode(200).extract().asString());
    List<String> problems = new ArrayList<>();
    int operations = 0;
    for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
      if (!path.getKey().startsWith("/api/v1/credit/") || path.getKey().contains("/policies")) {
        continue;
      }
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (op.getKey().equals("parameters")) {
          continue;
        }
        operations++;
        String name = op.getKey().toUpperCase() + " " + path.getKey();
        JsonNode o = op.getValue();
        if (o.path("summary").asText().isBlank()) {
          problems.add(name + ": no summary");
        }
        if (o.path("tags").isEmpty()) {
          problems.add(name + ": no tag");
        }
        if (!o.path("security").toString().contains("jwt")) {
          problems.add(name + ": no jwt security requirement");
        }
        JsonNode responses = o.path("responses");
        for (String code : List.of("401", "403")) {
          if (!responses.has(code)) {
            problems.add(name + ": no " + code);
          }
        }
        responses.properties().forEach(r -> {
          if (r.getKey().startsWith("4") && !r.getValue().path("content").path("application/problem+json").path("schema")
              .toString().contains("Problem")) {
            problems.add(name + ": " + r.getKey() + " is not a Problem");
          }
          if (r.getKey().startsWith("2") && r.getValue().path("content").isEmpty()) {
            problems.add(name + ": " + r.getKey() + " has no schema");
          }
        });
        if (o.has("requestBody") && o.path("requestBody").path("content").path("application/json").path("schema")
            .isMissingNode()) {
          problems.add(name + ": request body without schema");
        }
        if (op.getKey().equals("post") && o.has("requestBody")
            && o.path("requestBody").path("content").path("application/json").path("examples").isEmpty()) {
          problems.add(name + ": request body without example");
        }
      }
    }
    assertTrue(operations >= 18, "credit operations found: " + operations);
    assertEquals(List.of(), problems);
  }

  @Test
  void theEventCatalogueIsServed() {
    String yaml = given().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
    assertTrue(yaml.startsWith("asyncapi: 3.0.0"));
    for (String type : List.of("kam.credit.rated", "kam.credit.upgraded", "kam.credit.downgraded",
        "kam.credit.change-overdue", "kam.account.confirmed")) {
      assertTrue(yaml.contains("name: " + type), type);
    }
  }
}
