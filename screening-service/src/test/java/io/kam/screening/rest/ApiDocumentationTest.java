package io.kam.screening.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiDocumentationTest {

  @Test
  void everyOperationHasSummaryTagSecurityAndProblemResponses() throws Exception {
    String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    JsonNode paths = new ObjectMapper().readTree(json).path("paths");
    List<String> missing = new ArrayList<>();
    int operations = 0;
    for (var path = paths.fields(); path.hasNext();) {
      var p = path.next();
      if (!p.getKey().startsWith("/api/v1/screening/") || p.getKey().contains("/policies")) {
        continue;
      }
      for (var op = p.getValue().fields(); op.hasNext();) {
        var o = op.next();
        if (!List.of("get", "post", "put", "delete").contains(o.getKey())) {
          continue;
        }
        operations++;
        String name = o.getKey().toUpperCase() + " " + p.getKey();
        JsonNode n = o.getValue();
        if (n.path("summary").asText().isBlank()) {
          missing.add(name + ": summary");
        }
        if (n.path("tags").isEmpty()) {
          missing.add(name + ": tag");
        }
        if (!n.path("security").toString().contains("jwt")) {
          missing.add(name + ": security");
        }
        if (!n.path("responses").path("401").path("content").has("application/problem+json")) {
          missing.add(name + ": 401 problem");
        }
        if (!o.getKey().equals("get") && n.path("requestBody").isMissingNode() && !p.getKey().endsWith("screening-runs")) {
          missing.add(name + ": request body");
        }
      }
    }
    assertTrue(operations >= 30, "operations documented: " + operations);
    JsonNode importBody = paths.path("/api/v1/screening/customers/imports").path("post").path("requestBody")
        .path("content");
    assertTrue(importBody.has("text/csv") && importBody.has("application/json"), importBody.toString());
    assertEquals(List.of(), missing);
  }

  @Test
  void theEventCatalogueIsServed() {
    given().get("/asyncapi.yaml").then().statusCode(200)
        .body(containsString("asyncapi: 3.0.0"))
        .body(containsString("address: kam.screening.events"))
        .body(containsString("kam.account.confirmed"))
        .body(containsString("kam.account.demoted"));
  }
}
